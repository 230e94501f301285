// learner: slow
// why: DriverIndex::nearby is O(n + m log m) time, target O(k + m log m): keeps only a position map and measures the distance to every driver
//! Find the drivers near a rider quickly, with a grid index over positions.

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

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let mut close = Vec::new();
        for (&id, &(px, py)) in &self.positions {
            let d = ((px - x).powi(2) + (py - y).powi(2)).sqrt();
            if d <= self.radius {
                close.push((d, id));
            }
        }
        close.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        close.into_iter().map(|(_, id)| id).collect()
    }
}
