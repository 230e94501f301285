// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): filters every driver's position instead of the 3x3 cells
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        Some(radius)
            .filter(|r| r.is_finite() && *r > 0.0)
            .map(|radius| DriverIndex { radius, positions: HashMap::new() })
            .unwrap_or_else(|| panic!("bad radius {radius}"))
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
        let r2 = self.radius * self.radius;
        let mut within: Vec<(f64, DriverId)> = self
            .positions
            .iter()
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|(d2, _)| *d2 <= r2)
            .collect();
        within.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        within.into_iter().map(|(_, id)| id).collect()
    }
}
