// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): it keeps a grid but still filters every driver's position on each search
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    drivers: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive");
        DriverIndex { radius, drivers: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.drivers.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.drivers.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.drivers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.drivers.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut close: Vec<(f64, DriverId)> = self
            .drivers
            .iter()
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d, _)| d <= r2)
            .collect();
        close.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        close.into_iter().map(|(_, id)| id).collect()
    }
}
