// learner: optimal
// idiom: performance engineer, slot arena with u32 indices, cell buckets of u32 with swap_remove + back-pointers (true O(1) moves), free list, reserved output
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Slot {
    id: DriverId,
    x: f64,
    y: f64,
    cell: (i64, i64),
    /// Index of this slot inside its cell's bucket.
    at: u32,
}

pub struct DriverIndex {
    inv: f64,
    r2: f64,
    slots: Vec<Slot>,
    free: Vec<u32>,
    slot_of: HashMap<DriverId, u32>,
    buckets: HashMap<(i64, i64), Vec<u32>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive: {radius}");
        DriverIndex {
            inv: 1.0 / radius,
            r2: radius * radius,
            slots: Vec::new(),
            free: Vec::new(),
            slot_of: HashMap::new(),
            buckets: HashMap::new(),
        }
    }

    #[inline]
    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x * self.inv).floor() as i64, (y * self.inv).floor() as i64)
    }

    /// Unlinks slot `s` from its bucket in O(1).
    fn unlink(&mut self, s: u32) {
        let Slot { cell, at, .. } = self.slots[s as usize];
        let bucket = self.buckets.get_mut(&cell).expect("bucket of a live slot");
        bucket.swap_remove(at as usize);
        if let Some(&moved) = bucket.get(at as usize) {
            self.slots[moved as usize].at = at;
        }
        if bucket.is_empty() {
            self.buckets.remove(&cell);
        }
    }

    fn link(&mut self, s: u32, cell: (i64, i64)) {
        let bucket = self.buckets.entry(cell).or_default();
        let at = bucket.len() as u32;
        bucket.push(s);
        let slot = &mut self.slots[s as usize];
        slot.cell = cell;
        slot.at = at;
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cell(x, y);
        if let Some(&s) = self.slot_of.get(&id) {
            let old = self.slots[s as usize].cell;
            {
                let slot = &mut self.slots[s as usize];
                slot.x = x;
                slot.y = y;
            }
            if old != cell {
                self.unlink(s);
                self.link(s, cell);
            }
            return;
        }
        let fresh = Slot { id, x, y, cell, at: 0 };
        let s = match self.free.pop() {
            Some(s) => {
                self.slots[s as usize] = fresh;
                s
            }
            None => {
                self.slots.push(fresh);
                (self.slots.len() - 1) as u32
            }
        };
        self.slot_of.insert(id, s);
        self.link(s, cell);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(s) = self.slot_of.remove(&id) else {
            return false;
        };
        self.unlink(s);
        self.free.push(s);
        true
    }

    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slot_of.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        if self.slot_of.is_empty() {
            return Vec::new();
        }
        let (cx, cy) = self.cell(x, y);
        let mut hits: Vec<(f64, DriverId)> = Vec::with_capacity(16);
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                let Some(bucket) = self.buckets.get(&(gx, gy)) else { continue };
                for &s in bucket {
                    let d = &self.slots[s as usize];
                    let (dx, dy) = (d.x - x, d.y - y);
                    let d2 = dx * dx + dy * dy;
                    if d2 <= self.r2 {
                        hits.push((d2, d.id));
                    }
                }
            }
        }
        hits.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
