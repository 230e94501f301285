// learner: optimal
// idiom: Idris dependent-types fan: newtype Cell and Slot make the cell/index invariant explicit; buckets are Vecs kept dense with swap_remove and a back-pointer per driver
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

/// Integer grid coordinates: a cell is exactly one radius wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Cell(i64, i64);

/// Where a driver lives: its exact point, its cell, and its index in that cell's bucket.
/// Invariant: `buckets[cell][slot] == id`.
#[derive(Clone, Copy, Debug)]
struct Slot {
    x: f64,
    y: f64,
    cell: Cell,
    slot: usize,
}

pub struct DriverIndex {
    radius: f64,
    buckets: HashMap<Cell, Vec<DriverId>>,
    slots: HashMap<DriverId, Slot>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(
            radius.is_finite() && radius > 0.0,
            "radius must be finite and positive, got {radius}"
        );
        DriverIndex { radius, buckets: HashMap::new(), slots: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> Cell {
        Cell((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    /// Removes `id` from bucket `cell` at `slot`, repairing the back-pointer of the
    /// driver swapped into its place.
    fn detach(&mut self, cell: Cell, slot: usize) {
        let bucket = self.buckets.get_mut(&cell).expect("invariant: bucket exists");
        bucket.swap_remove(slot);
        match bucket.get(slot) {
            Some(&moved) => {
                self.slots.get_mut(&moved).expect("invariant: moved driver known").slot = slot;
            }
            None => {
                if bucket.is_empty() {
                    self.buckets.remove(&cell);
                }
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cell_of(x, y);
        if let Some(old) = self.slots.get(&id).copied() {
            if old.cell == cell {
                let s = self.slots.get_mut(&id).unwrap();
                s.x = x;
                s.y = y;
                return;
            }
            self.detach(old.cell, old.slot);
        }
        let bucket = self.buckets.entry(cell).or_default();
        let slot = bucket.len();
        bucket.push(id);
        self.slots.insert(id, Slot { x, y, cell, slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.slots.remove(&id) {
            None => false,
            Some(Slot { cell, slot, .. }) => {
                self.detach(cell, slot);
                true
            }
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let Cell(cx, cy) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1i64..=1 {
            for dy in -1i64..=1 {
                let cell = Cell(cx.saturating_add(dx), cy.saturating_add(dy));
                let Some(bucket) = self.buckets.get(&cell) else { continue };
                for &id in bucket {
                    let s = &self.slots[&id];
                    let d2 = (s.x - x) * (s.x - x) + (s.y - y) * (s.y - y);
                    if d2 <= r2 {
                        found.push((d2, id));
                    }
                }
            }
        }
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
