// learner: optimal
// idiom: GridKey newtype struct, HashSet<DriverId> per cell, positions map, neighbour offsets in a const array, sort_by_key with a total-order key
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct GridKey {
    col: i64,
    row: i64,
}

const NEIGHBOURS: [(i64, i64); 9] = [
    (-1, -1), (0, -1), (1, -1),
    (-1, 0), (0, 0), (1, 0),
    (-1, 1), (0, 1), (1, 1),
];

pub struct DriverIndex {
    r: f64,
    buckets: HashMap<GridKey, HashSet<DriverId>>,
    pos: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("radius must be a finite positive number");
        }
        DriverIndex { r: radius, buckets: HashMap::new(), pos: HashMap::new() }
    }

    fn grid_key(&self, x: f64, y: f64) -> GridKey {
        GridKey { col: (x / self.r).floor() as i64, row: (y / self.r).floor() as i64 }
    }

    fn forget(&mut self, id: DriverId, x: f64, y: f64) {
        let k = self.grid_key(x, y);
        if let Some(set) = self.buckets.get_mut(&k) {
            set.remove(&id);
            if set.is_empty() {
                self.buckets.remove(&k);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(&(ox, oy)) = self.pos.get(&id) {
            self.forget(id, ox, oy);
        }
        self.pos.insert(id, (x, y));
        let k = self.grid_key(x, y);
        self.buckets.entry(k).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        if let Some((ox, oy)) = self.pos.remove(&id) {
            self.forget(id, ox, oy);
            true
        } else {
            false
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let centre = self.grid_key(x, y);
        let r_sq = self.r * self.r;
        let mut result = Vec::new();
        for (dc, dr) in NEIGHBOURS {
            let key = GridKey { col: centre.col + dc, row: centre.row + dr };
            if let Some(set) = self.buckets.get(&key) {
                for &id in set {
                    let (px, py) = self.pos[&id];
                    let d_sq = (px - x) * (px - x) + (py - y) * (py - y);
                    if d_sq <= r_sq {
                        result.push((d_sq.to_bits(), id));
                    }
                }
            }
        }
        // non-negative finite f64s order the same way as their bit patterns
        result.sort_by_key(|&(bits, id)| (bits, id));
        result.into_iter().map(|(_, id)| id).collect()
    }
}
