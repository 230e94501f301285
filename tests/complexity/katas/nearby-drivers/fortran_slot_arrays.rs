// learner: optimal
// idiom: Fortran-style slot arrays: each cell is a Vec, drivers remember (cell, slot), swap_remove keeps O(1), explicit do-loops
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    // cell -> column of (id, x, y); like a Fortran work array per cell
    cells: HashMap<(i64, i64), Vec<(DriverId, f64, f64)>>,
    // id -> (cell, slot in that column)
    slot_of: HashMap<DriverId, ((i64, i64), usize)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {}", radius);
        }
        DriverIndex {
            radius,
            cells: HashMap::new(),
            slot_of: HashMap::new(),
        }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        let i = (x / self.radius).floor() as i64;
        let j = (y / self.radius).floor() as i64;
        (i, j)
    }

    fn detach(&mut self, id: DriverId) -> bool {
        let (cell, slot) = match self.slot_of.remove(&id) {
            Some(v) => v,
            None => return false,
        };
        let column = self.cells.get_mut(&cell).expect("cell must exist");
        let last = column.len() - 1;
        column.swap_remove(slot);
        if slot != last {
            // the element formerly at `last` now sits at `slot`
            let moved_id = column[slot].0;
            self.slot_of.insert(moved_id, (cell, slot));
        }
        if column.is_empty() {
            self.cells.remove(&cell);
        }
        true
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.detach(id);
        let cell = self.cell_of(x, y);
        let column = self.cells.entry(cell).or_default();
        let slot = column.len();
        column.push((id, x, y));
        self.slot_of.insert(id, (cell, slot));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        self.detach(id)
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slot_of.len() == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (ci, cj) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        // do di = -1, 1 ; do dj = -1, 1
        let mut di: i64 = -1;
        while di <= 1 {
            let mut dj: i64 = -1;
            while dj <= 1 {
                if let Some(column) = self.cells.get(&(ci + di, cj + dj)) {
                    let n = column.len();
                    let mut k = 0usize;
                    while k < n {
                        let (id, px, py) = column[k];
                        let ddx = px - x;
                        let ddy = py - y;
                        let d2 = ddx * ddx + ddy * ddy;
                        if d2 <= r2 {
                            hits.push((d2, id));
                        }
                        k += 1;
                    }
                }
                dj += 1;
            }
            di += 1;
        }
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(hits.len());
        for k in 0..hits.len() {
            out.push(hits[k].1);
        }
        out
    }
}
