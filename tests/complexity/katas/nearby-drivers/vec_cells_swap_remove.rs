// learner: optimal
// idiom: cells hold Vec<(id, x, y)>; each driver remembers (cell, slot) so removal is swap_remove + fix the moved driver's slot
use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

#[derive(Clone, Copy)]
struct Where {
    cell: Cell,
    slot: usize,
}

pub struct DriverIndex {
    size: f64,
    cells: HashMap<Cell, Vec<(DriverId, f64, f64)>>,
    whereabouts: HashMap<DriverId, Where>,
}

fn cell_of(size: f64, x: f64, y: f64) -> Cell {
    ((x / size).floor() as i64, (y / size).floor() as i64)
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("invalid radius {radius}: must be finite and > 0");
        }
        Self { size: radius, cells: HashMap::new(), whereabouts: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = cell_of(self.size, x, y);
        if let Some(w) = self.whereabouts.get(&id).copied() {
            if w.cell == cell {
                self.cells.get_mut(&cell).unwrap()[w.slot] = (id, x, y);
                return;
            }
            self.remove(id);
        }
        let bucket = self.cells.entry(cell).or_default();
        bucket.push((id, x, y));
        let slot = bucket.len() - 1;
        self.whereabouts.insert(id, Where { cell, slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let w = match self.whereabouts.remove(&id) {
            Some(w) => w,
            None => return false,
        };
        let bucket = self.cells.get_mut(&w.cell).expect("driver's cell exists");
        bucket.swap_remove(w.slot);
        if w.slot < bucket.len() {
            let moved = bucket[w.slot].0;
            self.whereabouts.get_mut(&moved).unwrap().slot = w.slot;
        }
        if bucket.is_empty() {
            self.cells.remove(&w.cell);
        }
        true
    }

    pub fn len(&self) -> usize {
        self.whereabouts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.whereabouts.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = cell_of(self.size, x, y);
        let limit = self.size * self.size;
        let mut found = Vec::new();
        let mut gx = cx - 1;
        while gx <= cx + 1 {
            let mut gy = cy - 1;
            while gy <= cy + 1 {
                if let Some(bucket) = self.cells.get(&(gx, gy)) {
                    for &(id, px, py) in bucket {
                        let d = (px - x).powi(2) + (py - y).powi(2);
                        if d <= limit {
                            found.push((d, id));
                        }
                    }
                }
                gy += 1;
            }
            gx += 1;
        }
        found.sort_unstable_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then_with(|| a.1.cmp(&b.1)));
        found.iter().map(|&(_, id)| id).collect()
    }
}
