// learner: optimal
// idiom: Agda/proof-assistant researcher: a single source of truth (id -> position) with cells derived by a pure key function, buckets as HashSet<DriverId>; nearby as a comprehension over the 3x3 neighbourhood
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

type Key = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    position: HashMap<DriverId, (f64, f64)>,
    bucket: HashMap<Key, HashSet<DriverId>>,
}

/// The cell containing a point; total for finite input (casts saturate otherwise).
fn key(radius: f64, (x, y): (f64, f64)) -> Key {
    ((x / radius).floor() as i64, (y / radius).floor() as i64)
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        match radius.partial_cmp(&0.0) {
            Some(Ordering::Greater) if radius.is_finite() => {
                DriverIndex { radius, position: HashMap::new(), bucket: HashMap::new() }
            }
            _ => panic!("radius must be finite and > 0 (got {radius})"),
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        self.position.insert(id, (x, y));
        self.bucket.entry(key(self.radius, (x, y))).or_default().insert(id);
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(p) = self.position.remove(&id) else { return false };
        let k = key(self.radius, p);
        if let Some(set) = self.bucket.get_mut(&k) {
            set.remove(&id);
            if set.is_empty() {
                self.bucket.remove(&k);
            }
        }
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.position.len()
    }

    pub fn is_empty(&self) -> bool {
        self.position.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (kx, ky) = key(self.radius, (x, y));
        let within = |&(px, py): &(f64, f64)| (px - x).hypot(py - y) <= self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for k in [-1, 0, 1].iter().flat_map(|&i| [-1, 0, 1].map(|j| (kx + i, ky + j))) {
            for &id in self.bucket.get(&k).into_iter().flatten() {
                let p = self.position[&id];
                if within(&p) {
                    found.push(((p.0 - x).hypot(p.1 - y), id));
                }
            }
        }
        found.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
