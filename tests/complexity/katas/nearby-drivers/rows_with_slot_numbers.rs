// learner: optimal
// idiom: spreadsheet power user: a "drivers sheet" (id -> row with x, y, cell and slot number) and a "cells sheet" of Vec lists; removal swaps the last entry into the hole and fixes its slot column
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

struct Row {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize, // position of this id inside cells[cell]
}

pub struct DriverIndex {
    radius: f64,
    drivers: HashMap<DriverId, Row>,
    cells: HashMap<(i64, i64), Vec<DriverId>>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("bad radius: {}", radius);
        }
        DriverIndex { radius, drivers: HashMap::new(), cells: HashMap::new() }
    }

    fn cell_for(&self, x: f64, y: f64) -> (i64, i64) {
        let col = (x / self.radius).floor() as i64;
        let row = (y / self.radius).floor() as i64;
        (col, row)
    }

    /// Takes `id` out of its cell list in O(1): the last id moves into its slot.
    fn take_out_of_cell(&mut self, cell: (i64, i64), slot: usize) {
        let list = self.cells.get_mut(&cell).unwrap();
        list.swap_remove(slot);
        if slot < list.len() {
            let moved = list[slot];
            self.drivers.get_mut(&moved).unwrap().slot = slot;
        }
        if list.is_empty() {
            self.cells.remove(&cell);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_cell = self.cell_for(x, y);
        if let Some(row) = self.drivers.get_mut(&id) {
            row.x = x;
            row.y = y;
            if row.cell == new_cell {
                return;
            }
            let (old_cell, old_slot) = (row.cell, row.slot);
            self.take_out_of_cell(old_cell, old_slot);
        }
        let list = self.cells.entry(new_cell).or_default();
        list.push(id);
        let slot = list.len() - 1;
        self.drivers.insert(id, Row { x, y, cell: new_cell, slot });
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.drivers.remove(&id) {
            None => false,
            Some(row) => {
                self.take_out_of_cell(row.cell, row.slot);
                true
            }
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.drivers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.drivers.len() == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (col, row) = self.cell_for(x, y);
        let limit = self.radius * self.radius;
        let mut results: Vec<(f64, DriverId)> = Vec::new();
        for dc in -1..=1 {
            for dr in -1..=1 {
                if let Some(list) = self.cells.get(&(col + dc, row + dr)) {
                    for i in 0..list.len() {
                        let id = list[i];
                        let d = &self.drivers[&id];
                        let dist = (d.x - x) * (d.x - x) + (d.y - y) * (d.y - y);
                        if dist <= limit {
                            results.push((dist, id));
                        }
                    }
                }
            }
        }
        results.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let mut ids = Vec::new();
        for i in 0..results.len() {
            ids.push(results[i].1);
        }
        ids
    }
}
