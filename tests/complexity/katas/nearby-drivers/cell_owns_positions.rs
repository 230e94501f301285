// learner: optimal
// idiom: Idris dependent-types fan: each cell owns its drivers' points (HashMap per cell) and the index holds only id -> Cell, so a point exists in exactly one place by construction; neighbourhood as a fixed array
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Cell {
    col: i64,
    row: i64,
}

impl Cell {
    /// The 3 x 3 block centred on this cell.
    fn block(self) -> [Cell; 9] {
        let mut out = [self; 9];
        let mut i = 0;
        for dc in [-1i64, 0, 1] {
            for dr in [-1i64, 0, 1] {
                out[i] = Cell { col: self.col.saturating_add(dc), row: self.row.saturating_add(dr) };
                i += 1;
            }
        }
        out
    }
}

/// A radius proven positive and finite at construction.
#[derive(Clone, Copy, Debug)]
struct Radius(f64);

impl Radius {
    fn checked(r: f64) -> Radius {
        if r.is_finite() && r > 0.0 {
            Radius(r)
        } else {
            panic!("radius must be finite and positive, got {r}")
        }
    }
}

pub struct DriverIndex {
    radius: Radius,
    home: HashMap<DriverId, Cell>,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        DriverIndex { radius: Radius::checked(radius), home: HashMap::new(), cells: HashMap::new() }
    }

    fn locate(&self, x: f64, y: f64) -> Cell {
        let Radius(r) = self.radius;
        Cell { col: (x / r).floor() as i64, row: (y / r).floor() as i64 }
    }

    fn evict(&mut self, id: DriverId, cell: Cell) {
        if let Some(members) = self.cells.get_mut(&cell) {
            members.remove(&id);
            if members.is_empty() {
                self.cells.remove(&cell);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.locate(x, y);
        match self.home.insert(id, cell) {
            Some(old) if old != cell => self.evict(id, old),
            _ => {}
        }
        self.cells.entry(cell).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(cell) = self.home.remove(&id) else { return false };
        self.evict(id, cell);
        true
    }

    pub fn len(&self) -> usize {
        self.home.len()
    }

    pub fn is_empty(&self) -> bool {
        self.home.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let Radius(r) = self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for cell in self.locate(x, y).block() {
            if let Some(members) = self.cells.get(&cell) {
                for (&id, &(px, py)) in members {
                    let d = (px - x).hypot(py - y);
                    if d <= r {
                        hits.push((d, id));
                    }
                }
            }
        }
        hits.sort_unstable_by(|(da, ia), (db, ib)| da.total_cmp(db).then(ia.cmp(ib)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
