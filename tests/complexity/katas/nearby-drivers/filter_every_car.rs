// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): an iterator filter over the whole fleet map instead of the 3x3 cells
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    reach: f64,
    fleet: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive");
        Self { reach: radius, fleet: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.fleet.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.fleet.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.fleet.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fleet.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.reach * self.reach;
        let mut near: Vec<_> = self
            .fleet
            .iter()
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        near.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        near.into_iter().map(|(_, id)| id).collect()
    }
}
