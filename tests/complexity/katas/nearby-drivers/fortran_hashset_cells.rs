// learner: optimal
// idiom: Fortran port with plain for-ranges over explicit bounds, HashSet of ids per cell, separate position table, sort_unstable_by
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    rad: f64,
    pos: HashMap<DriverId, (f64, f64)>,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
}

fn icell(v: f64, h: f64) -> i64 {
    (v / h).floor() as i64
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("invalid radius");
        }
        DriverIndex { rad: radius, pos: HashMap::new(), grid: HashMap::new() }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let h = self.rad;
        if let Some((ox, oy)) = self.pos.insert(id, (x, y)) {
            let key = (icell(ox, h), icell(oy, h));
            let mut now_empty = false;
            if let Some(set) = self.grid.get_mut(&key) {
                set.remove(&id);
                now_empty = set.is_empty();
            }
            if now_empty {
                self.grid.remove(&key);
            }
        }
        self.grid.entry((icell(x, h), icell(y, h))).or_insert_with(HashSet::new).insert(id);
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let h = self.rad;
        let (ox, oy) = match self.pos.remove(&id) {
            None => return false,
            Some(p) => p,
        };
        let key = (icell(ox, h), icell(oy, h));
        let mut now_empty = false;
        if let Some(set) = self.grid.get_mut(&key) {
            set.remove(&id);
            now_empty = set.is_empty();
        }
        if now_empty {
            self.grid.remove(&key);
        }
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let h = self.rad;
        let i0 = icell(x, h);
        let j0 = icell(y, h);
        let r2 = h * h;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for i in (i0 - 1)..=(i0 + 1) {
            for j in (j0 - 1)..=(j0 + 1) {
                let set = match self.grid.get(&(i, j)) {
                    Some(s) => s,
                    None => continue,
                };
                for id in set {
                    let (px, py) = self.pos[id];
                    let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                    if d2 <= r2 {
                        found.push((d2, *id));
                    }
                }
            }
        }
        found.sort_unstable_by(|a, b| match a.0.partial_cmp(&b.0) {
            Some(Ordering::Equal) | None => a.1.cmp(&b.1),
            Some(o) => o,
        });
        found.iter().map(|p| p.1).collect()
    }
}
