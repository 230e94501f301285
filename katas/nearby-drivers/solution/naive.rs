//! Naive version: correct, but every search measures the distance to every
//! driver: O(n) per query.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be positive, got {radius}");
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
        let mut found = Vec::new();
        for (&id, &(px, py)) in &self.positions {
            let d2 = (px - x) * (px - x) + (py - y) * (py - y);
            if d2 <= self.radius * self.radius {
                found.push((d2, id));
            }
        }
        found.sort_by(|a: &(f64, DriverId), b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
