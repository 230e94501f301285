// learner: optimal
// idiom: Unity C# game developer: a "spatial hash" like a physics broadphase, Dictionary of cell -> List plus a lookup table, swap-remove with back-index
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

/// Integer cell coordinates, like a Vector2Int in Unity.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Cell {
    x: i64,
    y: i64,
}

/// Where a driver lives: its position, its cell, and its slot in that cell's list.
#[derive(Clone, Copy, Debug)]
struct DriverEntry {
    pos_x: f64,
    pos_y: f64,
    cell: Cell,
    slot: usize,
}

pub struct DriverIndex {
    cell_size: f64,
    radius_sq: f64,
    cells: HashMap<Cell, Vec<DriverId>>,
    drivers: HashMap<DriverId, DriverEntry>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex {
            cell_size: radius,
            radius_sq: radius * radius,
            cells: HashMap::new(),
            drivers: HashMap::new(),
        }
    }

    fn world_to_cell(&self, x: f64, y: f64) -> Cell {
        Cell {
            x: (x / self.cell_size).floor() as i64,
            y: (y / self.cell_size).floor() as i64,
        }
    }

    /// Takes `id` out of the list of `cell` at `slot`, fixing the slot of the
    /// driver that got swapped into its place.
    fn detach(&mut self, cell: Cell, slot: usize) {
        let mut now_empty = false;
        if let Some(list) = self.cells.get_mut(&cell) {
            list.swap_remove(slot);
            if slot < list.len() {
                let moved = list[slot];
                if let Some(entry) = self.drivers.get_mut(&moved) {
                    entry.slot = slot;
                }
            }
            now_empty = list.is_empty();
        }
        if now_empty {
            self.cells.remove(&cell);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let newCell = self.world_to_cell(x, y);
        if let Some(entry) = self.drivers.get(&id).copied() {
            if entry.cell == newCell {
                let e = self.drivers.get_mut(&id).unwrap();
                e.pos_x = x;
                e.pos_y = y;
                return;
            }
            self.detach(entry.cell, entry.slot);
        }
        let list = self.cells.entry(newCell).or_default();
        list.push(id);
        let slot = list.len() - 1;
        self.drivers.insert(id, DriverEntry { pos_x: x, pos_y: y, cell: newCell, slot });
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.drivers.remove(&id) {
            Some(entry) => {
                self.detach(entry.cell, entry.slot);
                true
            }
            None => false,
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.drivers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.drivers.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let center = self.world_to_cell(x, y);
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let cell = Cell { x: center.x + dx, y: center.y + dy };
                let Some(list) = self.cells.get(&cell) else { continue };
                for &id in list {
                    let entry = &self.drivers[&id];
                    let ox = entry.pos_x - x;
                    let oy = entry.pos_y - y;
                    let sqrMagnitude = ox * ox + oy * oy;
                    if sqrMagnitude <= self.radius_sq {
                        hits.push((sqrMagnitude, id));
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
