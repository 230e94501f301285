// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): measures every driver on the map
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "bad radius");
        DriverIndex { radius, positions: HashMap::new() }
    }
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.positions.insert(id, (x, y));
    }
    pub fn remove(&mut self, id: DriverId) -> bool {
        self.positions.remove(&id).is_some()
    }
    pub fn len(&self) -> usize { self.positions.len() }
    pub fn is_empty(&self) -> bool { self.positions.is_empty() }
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut v = Vec::new();
        for (&id, &(px, py)) in &self.positions {
            let d2 = (px - x).powi(2) + (py - y).powi(2);
            if d2 <= r2 { v.push((d2, id)); }
        }
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v.into_iter().map(|(_, id)| id).collect()
    }
}
