// learner: optimal
// idiom: terse expert: cells as Vec buckets with swap_remove + slot back-pointers, let-else, flat_map/filter_map chain
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Key = (i64, i64);

pub struct DriverIndex {
    r: f64,
    // id -> (x, y, cell, slot in that cell's bucket)
    at: HashMap<DriverId, (f64, f64, Key, usize)>,
    grid: HashMap<Key, Vec<(DriverId, f64, f64)>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0");
        Self { r: radius, at: HashMap::new(), grid: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> Key {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    fn unlink(&mut self, key: Key, slot: usize) {
        let Some(bucket) = self.grid.get_mut(&key) else { return };
        bucket.swap_remove(slot);
        if let Some(&(moved, ..)) = bucket.get(slot) {
            if let Some(e) = self.at.get_mut(&moved) {
                e.3 = slot;
            }
        }
        if bucket.is_empty() {
            self.grid.remove(&key);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((_, _, k, s)) = self.at.remove(&id) {
            self.unlink(k, s);
        }
        let key = self.key(x, y);
        let bucket = self.grid.entry(key).or_default();
        bucket.push((id, x, y));
        self.at.insert(id, (x, y, key, bucket.len() - 1));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some((_, _, k, s)) = self.at.remove(&id) else { return false };
        self.unlink(k, s);
        true
    }

    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let rr = self.r * self.r;
        let mut found: Vec<_> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|k| self.grid.get(&k))
            .flatten()
            .filter_map(|&(id, px, py)| {
                let d = (px - x).powi(2) + (py - y).powi(2);
                (d <= rr).then_some((d, id))
            })
            .collect();
        found.sort_unstable_by(|(da, ia), (db, ib)| da.total_cmp(db).then(ia.cmp(ib)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
