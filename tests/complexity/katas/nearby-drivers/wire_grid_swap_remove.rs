// learner: optimal
// idiom: LabVIEW-style explicit index loops; cells are Vec buckets with swap_remove and a slot index per driver
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Slot {
    cell: (i64, i64),
    at: usize, // index inside the cell's bucket
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    radius: f64,
    buckets: HashMap<(i64, i64), Vec<DriverId>>,
    slots: HashMap<DriverId, Slot>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { radius, buckets: HashMap::new(), slots: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        let cx = (x / self.radius).floor() as i64;
        let cy = (y / self.radius).floor() as i64;
        (cx, cy)
    }

    // take driver out of its bucket; the last driver of the bucket fills the hole
    fn unplug(&mut self, slot: Slot) {
        let mut bucket_now_empty = false;
        if let Some(bucket) = self.buckets.get_mut(&slot.cell) {
            bucket.swap_remove(slot.at);
            if slot.at < bucket.len() {
                let moved_id = bucket[slot.at];
                if let Some(moved) = self.slots.get_mut(&moved_id) {
                    moved.at = slot.at;
                }
            }
            bucket_now_empty = bucket.is_empty();
        }
        if bucket_now_empty {
            self.buckets.remove(&slot.cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_cell = self.cell_of(x, y);
        let old = self.slots.get(&id).copied();
        match old {
            Some(s) if s.cell == new_cell => {
                // same cell: only the coordinates change
                let s2 = self.slots.get_mut(&id).unwrap();
                s2.x = x;
                s2.y = y;
                return;
            }
            Some(s) => self.unplug(s),
            None => {}
        }
        let bucket = self.buckets.entry(new_cell).or_default();
        let at = bucket.len();
        bucket.push(id);
        self.slots.insert(id, Slot { cell: new_cell, at, x, y });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let slot = self.slots.remove(&id);
        match slot {
            Some(s) => {
                self.unplug(s);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        let mut dx: i64 = -1;
        while dx <= 1 {
            let mut dy: i64 = -1;
            while dy <= 1 {
                if let Some(bucket) = self.buckets.get(&(cx + dx, cy + dy)) {
                    let mut i = 0;
                    while i < bucket.len() {
                        let id = bucket[i];
                        let s = self.slots[&id];
                        let d2 = (s.x - x) * (s.x - x) + (s.y - y) * (s.y - y);
                        if d2 <= r2 {
                            hits.push((d2, id));
                        }
                        i += 1;
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(hits.len());
        for i in 0..hits.len() {
            out.push(hits[i].1);
        }
        out
    }
}
