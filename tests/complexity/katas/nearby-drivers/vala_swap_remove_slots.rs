// learner: optimal
// idiom: vala: cells as GPtrArray-like Vecs with swap_remove, each driver remembers its cell and slot
// why: update/remove do one swap_remove and fix the moved driver's slot, O(1) expected; nearby scans the 3x3 cells (O(k)) then sort_unstable_by on m hits, O(m) extra
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Debug, Clone, Copy)]
struct DriverEntry {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize,
}

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), Vec<DriverId>>,
    entries: HashMap<DriverId, DriverEntry>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        assert!(
            radius.is_finite() && radius > 0.0,
            "the radius has to be finite and positive (was {radius})"
        );
        DriverIndex { radius, grid: HashMap::new(), entries: HashMap::new() }
    }

    fn compute_cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    /// Removes `id` from the slot it occupies in `cell`, patching the driver
    /// that swap_remove moved into that slot.
    fn unlink_slot(&mut self, cell: (i64, i64), slot: usize) {
        let mut drop_cell = false;
        let mut moved: Option<DriverId> = None;
        if let Some(list) = self.grid.get_mut(&cell) {
            list.swap_remove(slot);
            if slot < list.len() {
                moved = Some(list[slot]);
            }
            drop_cell = list.is_empty();
        }
        if let Some(moved_id) = moved {
            if let Some(e) = self.entries.get_mut(&moved_id) {
                e.slot = slot;
            }
        }
        if drop_cell {
            self.grid.remove(&cell);
        }
    }

    fn link_slot(&mut self, id: DriverId, cell: (i64, i64)) -> usize {
        let list = self.grid.entry(cell).or_default();
        list.push(id);
        list.len() - 1
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.compute_cell(x, y);
        if let Some(old) = self.entries.get(&id).copied() {
            if old.cell == cell {
                // same cell: only the coordinates change
                let e = self.entries.get_mut(&id).unwrap();
                e.x = x;
                e.y = y;
                return;
            }
            self.unlink_slot(old.cell, old.slot);
        }
        let slot = self.link_slot(id, cell);
        self.entries.insert(id, DriverEntry { x, y, cell, slot });
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let old = match self.entries.remove(&id) {
            Some(e) => e,
            None => return false,
        };
        self.unlink_slot(old.cell, old.slot);
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let center = self.compute_cell(x, y);
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        let offsets = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 0), (0, 1), (1, -1), (1, 0), (1, 1)];
        for (ox, oy) in offsets.iter() {
            let Some(list) = self.grid.get(&(center.0 + ox, center.1 + oy)) else {
                continue;
            };
            let mut i = 0;
            while i < list.len() {
                let id = list[i];
                let e = &self.entries[&id];
                let d2 = (e.x - x) * (e.x - x) + (e.y - y) * (e.y - y);
                if d2 <= r2 {
                    found.push((d2, id));
                }
                i += 1;
            }
        }
        found.sort_unstable_by(|a, b| match a.0.partial_cmp(&b.0) {
            Some(std::cmp::Ordering::Equal) | None => a.1.cmp(&b.1),
            Some(other) => other,
        });
        found.into_iter().map(|(_, id)| id).collect()
    }
}
