// learner: slow
// why: DriverIndex::nearby is O(n log n) time, target O(k + m log m): filters every known driver instead of the 9 cells
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    spots: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be positive");
        DriverIndex { radius, spots: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.spots.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.spots.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.spots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spots.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut close: Vec<(f64, DriverId)> = self
            .spots
            .iter()
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        close.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        close.into_iter().map(|(_, id)| id).collect()
    }
}
