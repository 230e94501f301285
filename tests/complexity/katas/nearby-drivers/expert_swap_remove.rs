// learner: optimal
// idiom: experienced: cells as Vec<(id, x, y)> with each driver's slot index stored, swap_remove + fix-up, let-else, flat_map over the 3x3 block
use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

#[derive(Clone, Copy)]
struct Slot {
    cell: Cell,
    idx: usize,
}

pub struct DriverIndex {
    side: f64,
    cells: HashMap<Cell, Vec<(DriverId, f64, f64)>>,
    slots: HashMap<DriverId, Slot>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0, got {radius}");
        Self { side: radius, cells: HashMap::new(), slots: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> Cell {
        ((x / self.side).floor() as i64, (y / self.side).floor() as i64)
    }

    fn detach(&mut self, Slot { cell, idx }: Slot) {
        let Some(bucket) = self.cells.get_mut(&cell) else {
            unreachable!("a slot always points into an existing cell");
        };
        bucket.swap_remove(idx);
        if let Some(&(moved, _, _)) = bucket.get(idx) {
            self.slots.get_mut(&moved).expect("every listed driver has a slot").idx = idx;
        }
        if bucket.is_empty() {
            self.cells.remove(&cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.slots.remove(&id) {
            self.detach(old);
        }
        let cell = self.key(x, y);
        let bucket = self.cells.entry(cell).or_default();
        bucket.push((id, x, y));
        self.slots.insert(id, Slot { cell, idx: bucket.len() - 1 });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(slot) = self.slots.remove(&id) else {
            return false;
        };
        self.detach(slot);
        true
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let r2 = self.side * self.side;
        let mut hits: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|c| self.cells.get(&c))
            .flatten()
            .filter_map(|&(id, px, py)| {
                let d2 = (px - x).powi(2) + (py - y).powi(2);
                (d2 <= r2).then_some((d2, id))
            })
            .collect();
        hits.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
