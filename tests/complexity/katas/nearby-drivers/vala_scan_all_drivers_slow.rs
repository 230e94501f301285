// learner: slow
// idiom: vala: one GHashTable of driver positions, nearby walks every driver and filters by distance
// why: misses nearby O(k + m log m): it visits all n drivers on every search, O(n) per call (the grid was never built)
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    drivers: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("invalid radius: {}", radius);
        }
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
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for (id, (px, py)) in self.drivers.iter() {
            let d2 = (px - x) * (px - x) + (py - y) * (py - y);
            if d2 <= r2 {
                hits.push((d2, *id));
            }
        }
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        hits.iter().map(|h| h.1).collect()
    }
}
