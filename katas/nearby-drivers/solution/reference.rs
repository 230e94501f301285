//! A uniform grid over driver positions: a radius search only looks at the
//! 3 x 3 block of cells around the rider, because cells are as wide as the
//! search radius.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    /// The drivers in each non-empty cell, with their positions.
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    /// Where each driver is.
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be positive, got {radius}");
        DriverIndex { radius, cells: HashMap::new(), positions: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    /// Adds the driver at (x, y), or moves it there. O(1) expected.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cell_of(x, y);
        if let Some(old) = self.positions.insert(id, (x, y)) {
            let old_cell = self.cell_of(old.0, old.1);
            self.detach(id, old_cell);
        }
        self.cells.entry(cell).or_default().insert(id, (x, y));
    }

    fn detach(&mut self, id: DriverId, cell: Cell) {
        if let Some(drivers) = self.cells.get_mut(&cell) {
            drivers.remove(&id);
            if drivers.is_empty() {
                self.cells.remove(&cell);
            }
        }
    }

    /// Takes the driver off the map. False if it was not on it. O(1) expected.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            Some((x, y)) => {
                let cell = self.cell_of(x, y);
                self.detach(id, cell);
                true
            }
            None => false,
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Drivers at distance <= radius from (x, y), nearest first, equal
    /// distances by increasing id. O(k + m log m): k drivers in the 9 cells
    /// around (x, y), m of them returned.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(drivers) = self.cells.get(&(cx + dx, cy + dy)) else { continue };
                for (&id, &(px, py)) in drivers {
                    let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                    if d2 <= r2 {
                        found.push((d2, id));
                    }
                }
            }
        }
        found.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
