// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): skips the grid and filters every driver's position by distance
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    pos: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0");
        DriverIndex { r: radius, pos: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.pos.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.pos.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rr = self.r * self.r;
        let mut o: Vec<(f64, DriverId)> = self
            .pos
            .iter()
            .map(|(&id, &(a, b))| ((a - x) * (a - x) + (b - y) * (b - y), id))
            .filter(|p| p.0 <= rr)
            .collect();
        o.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        o.into_iter().map(|p| p.1).collect()
    }
}
