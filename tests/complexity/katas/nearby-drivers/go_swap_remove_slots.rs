// learner: optimal
// idiom: Go-style slot table: per-cell Vec<DriverId> with swap_remove, driver map stores cell + slot index, while loops
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Slot {
    x: f64,
    y: f64,
    cell: (i64, i64),
    idx: usize,
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), Vec<DriverId>>,
    slots: HashMap<DriverId, Slot>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0");
        DriverIndex { radius, cells: HashMap::new(), slots: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    // Takes the driver out of its cell vector in O(1) by swapping with the last one.
    fn unlink(&mut self, slot: Slot) {
        let mut drop_cell = false;
        if let Some(list) = self.cells.get_mut(&slot.cell) {
            list.swap_remove(slot.idx);
            if slot.idx < list.len() {
                let moved = list[slot.idx];
                if let Some(s) = self.slots.get_mut(&moved) {
                    s.idx = slot.idx;
                }
            }
            drop_cell = list.is_empty();
        }
        if drop_cell {
            self.cells.remove(&slot.cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.key(x, y);
        if let Some(old) = self.slots.get(&id).copied() {
            if old.cell == cell {
                let s = self.slots.get_mut(&id).unwrap();
                s.x = x;
                s.y = y;
                return;
            }
            self.unlink(old);
        }
        let list = self.cells.entry(cell).or_default();
        let idx = list.len();
        list.push(id);
        self.slots.insert(id, Slot { x, y, cell, idx });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.slots.remove(&id) {
            Some(old) => {
                self.unlink(old);
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
        let (cx, cy) = self.key(x, y);
        let rr = self.radius * self.radius;
        let mut close: Vec<(f64, DriverId)> = Vec::new();
        let mut dx = -1;
        while dx <= 1 {
            let mut dy = -1;
            while dy <= 1 {
                if let Some(list) = self.cells.get(&(cx + dx, cy + dy)) {
                    let mut i = 0;
                    while i < list.len() {
                        let id = list[i];
                        let s = &self.slots[&id];
                        let d = (s.x - x) * (s.x - x) + (s.y - y) * (s.y - y);
                        if d <= rr {
                            close.push((d, id));
                        }
                        i += 1;
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        close.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        close.iter().map(|&(_, id)| id).collect()
    }
}
