// learner: optimal
// idiom: hand-rolled slots: cells hold Vec<DriverId> with swap_remove, each driver remembers its cell and slot index
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Entry {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize,
}

pub struct DriverIndex {
    side: f64,
    buckets: HashMap<(i64, i64), Vec<DriverId>>,
    entries: HashMap<DriverId, Entry>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius > 0.0 && radius.is_finite(), "radius must be a positive finite number");
        Self { side: radius, buckets: HashMap::new(), entries: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.side).floor() as i64, (y / self.side).floor() as i64)
    }

    /// Removes `id` from its bucket in O(1): swap the last one into its slot.
    fn detach(&mut self, id: DriverId, e: Entry) {
        let bucket = self.buckets.get_mut(&e.cell).expect("driver's bucket exists");
        let gone = bucket.swap_remove(e.slot);
        debug_assert_eq!(gone, id);
        if let Some(&moved) = bucket.get(e.slot) {
            self.entries.get_mut(&moved).expect("moved driver is known").slot = e.slot;
        }
        if bucket.is_empty() {
            self.buckets.remove(&e.cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.key(x, y);
        if let Some(&old) = self.entries.get(&id) {
            if old.cell == cell {
                let e = self.entries.get_mut(&id).unwrap();
                e.x = x;
                e.y = y;
                return;
            }
            self.detach(id, old);
        }
        let bucket = self.buckets.entry(cell).or_default();
        bucket.push(id);
        let slot = bucket.len() - 1;
        self.entries.insert(id, Entry { x, y, cell, slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(old) = self.entries.remove(&id) else {
            return false;
        };
        let bucket = self.buckets.get_mut(&old.cell).unwrap();
        bucket.swap_remove(old.slot);
        if old.slot < bucket.len() {
            let moved = bucket[old.slot];
            self.entries.get_mut(&moved).unwrap().slot = old.slot;
        }
        if bucket.is_empty() {
            self.buckets.remove(&old.cell);
        }
        true
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let limit = self.side * self.side;
        let mut hits = Vec::new();
        let mut k = 0;
        while k < 9 {
            let cell = (cx + k / 3 - 1, cy + k % 3 - 1);
            k += 1;
            let Some(bucket) = self.buckets.get(&cell) else { continue };
            for &id in bucket {
                let e = &self.entries[&id];
                let d2 = (e.x - x).powi(2) + (e.y - y).powi(2);
                if d2 <= limit {
                    hits.push((d2, id));
                }
            }
        }
        hits.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        hits.into_iter().map(|h| h.1).collect()
    }
}
