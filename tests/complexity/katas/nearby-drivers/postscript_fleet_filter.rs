// learner: slow
// idiom: PostScript: a packed array of (id, x, y) records with an id -> slot dictionary for O(1) moves, but no grid: a search filters the whole array
// why: nearby checks all n drivers on every search: O(n) per search instead of O(k + m log m)
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

use std::collections::HashMap;

pub struct DriverIndex {
    radius: f64,
    fleet: Vec<(DriverId, f64, f64)>,
    slot_of: HashMap<DriverId, usize>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { radius, fleet: Vec::new(), slot_of: HashMap::new() }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        match self.slot_of.get(&id) {
            Some(&i) => self.fleet[i] = (id, x, y),
            None => {
                self.slot_of.insert(id, self.fleet.len());
                self.fleet.push((id, x, y));
            }
        }
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let i = match self.slot_of.remove(&id) {
            Some(i) => i,
            None => return false,
        };
        self.fleet.swap_remove(i);
        if i < self.fleet.len() {
            let moved = self.fleet[i].0;
            self.slot_of.insert(moved, i);
        }
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.fleet.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fleet.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = self
            .fleet
            .iter()
            .map(|&(id, px, py)| ((px - x) * (px - x) + (py - y) * (py - y), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
