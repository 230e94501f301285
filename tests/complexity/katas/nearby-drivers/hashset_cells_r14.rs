// learner: optimal
// idiom: intermediate Rust: HashSet per cell, match on Option, explicit for loops over dx/dy, sort_by_key-free tuple sort
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    size: f64,
    where_is: HashMap<DriverId, (f64, f64)>,
    buckets: HashMap<(i64, i64), HashSet<DriverId>>,
}

fn key_of(size: f64, x: f64, y: f64) -> (i64, i64) {
    ((x / size).floor() as i64, (y / size).floor() as i64)
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("the search radius must be a finite positive number");
        }
        Self { size: radius, where_is: HashMap::new(), buckets: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_key = key_of(self.size, x, y);
        match self.where_is.insert(id, (x, y)) {
            Some((ox, oy)) => {
                let old_key = key_of(self.size, ox, oy);
                if old_key != new_key {
                    let emptied = match self.buckets.get_mut(&old_key) {
                        Some(set) => {
                            set.remove(&id);
                            set.is_empty()
                        }
                        None => false,
                    };
                    if emptied {
                        self.buckets.remove(&old_key);
                    }
                    self.buckets.entry(new_key).or_insert_with(HashSet::new).insert(id);
                }
            }
            None => {
                self.buckets.entry(new_key).or_insert_with(HashSet::new).insert(id);
            }
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some((ox, oy)) = self.where_is.remove(&id) else {
            return false;
        };
        let k = key_of(self.size, ox, oy);
        let mut drop_bucket = false;
        if let Some(set) = self.buckets.get_mut(&k) {
            set.remove(&id);
            drop_bucket = set.is_empty();
        }
        if drop_bucket {
            self.buckets.remove(&k);
        }
        true
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (kx, ky) = key_of(self.size, x, y);
        let r2 = self.size * self.size;
        let mut result: Vec<(f64, DriverId)> = vec![];
        for dx in -1..=1 {
            for dy in -1..=1 {
                let set = match self.buckets.get(&(kx + dx, ky + dy)) {
                    Some(s) => s,
                    None => continue,
                };
                for id in set {
                    let (px, py) = self.where_is[id];
                    let d2 = (px - x).powi(2) + (py - y).powi(2);
                    if d2 <= r2 {
                        result.push((d2, *id));
                    }
                }
            }
        }
        result.sort_by(|a, b| match a.0.total_cmp(&b.0) {
            std::cmp::Ordering::Equal => a.1.cmp(&b.1),
            other => other,
        });
        result.iter().map(|&(_, id)| id).collect()
    }
}
