// learner: optimal
// idiom: vala: GHashTable-style cell table of per-cell tables plus a position table, small private helpers
// why: update/remove touch one position entry and two cells (O(1) expected); nearby visits the 9 cells (O(k)) and sorts the m hits (O(m log m)), extra space O(m)
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

/// A cell key, like a (gint64, gint64) pair in a GHashTable.
type CellKey = (i64, i64);

#[derive(Debug, Clone, Copy)]
struct Position {
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<CellKey, HashMap<DriverId, Position>>,
    positions: HashMap<DriverId, Position>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        // like g_return_val_if_fail, but fatal
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be finite and positive, got {}", radius);
        }
        DriverIndex {
            radius,
            cells: HashMap::new(),
            positions: HashMap::new(),
        }
    }

    pub fn get_radius(&self) -> f64 {
        self.radius
    }

    fn cell_for(&self, x: f64, y: f64) -> CellKey {
        let cx = (x / self.radius).floor() as i64;
        let cy = (y / self.radius).floor() as i64;
        (cx, cy)
    }

    fn detach_from_cell(&mut self, id: DriverId, pos: Position) {
        let key = self.cell_for(pos.x, pos.y);
        let mut now_empty = false;
        if let Some(cell) = self.cells.get_mut(&key) {
            cell.remove(&id);
            now_empty = cell.is_empty();
        }
        if now_empty {
            self.cells.remove(&key);
        }
    }

    fn attach_to_cell(&mut self, id: DriverId, pos: Position) {
        let key = self.cell_for(pos.x, pos.y);
        self.cells.entry(key).or_default().insert(id, pos);
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_pos = Position { x, y };
        let old_pos = self.positions.insert(id, new_pos);
        if let Some(old) = old_pos {
            self.detach_from_cell(id, old);
        }
        self.attach_to_cell(id, new_pos);
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            Some(old) => {
                self.detach_from_cell(id, old);
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
        self.len() == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_for(x, y);
        let limit = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1i64..=1 {
            for dy in -1i64..=1 {
                let key = (cx + dx, cy + dy);
                let cell = match self.cells.get(&key) {
                    Some(c) => c,
                    None => continue,
                };
                for (id, pos) in cell.iter() {
                    let ddx = pos.x - x;
                    let ddy = pos.y - y;
                    let d2 = ddx * ddx + ddy * ddy;
                    if d2 <= limit {
                        hits.push((d2, *id));
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut result = Vec::with_capacity(hits.len());
        for (_, id) in hits {
            result.push(id);
        }
        result
    }
}
