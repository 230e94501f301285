// learner: slow
// idiom: PostScript: one dictionary id -> position and a `forall` over it for every search, measuring each driver
// why: nearby looks at every driver in the city: O(n) per search (plus the sort of the m hits) instead of O(k + m log m)
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

use std::collections::HashMap;

pub struct DriverIndex {
    radius: f64,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { radius, positions: HashMap::new() }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.positions.insert(id, (x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        self.positions.remove(&id).is_some()
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut hits = Vec::new();
        for (&id, &(px, py)) in &self.positions {
            let d2 = (px - x) * (px - x) + (py - y) * (py - y);
            if d2 <= r2 {
                hits.push((d2, id));
            }
        }
        hits.sort_by(|a: &(f64, DriverId), b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        hits.into_iter().map(|h| h.1).collect()
    }
}
