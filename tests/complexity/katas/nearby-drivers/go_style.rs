// learner: optimal
// idiom: Go-style: free helpers with many parameters (cell_of, add_to_cell, take_from_cell), explicit nested for over -1..=1, early returns
//! Find the drivers near a rider quickly, with a grid index over positions.
use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    where_is: HashMap<DriverId, Cell>,
}

fn cell_of(x: f64, y: f64, size: f64) -> Cell {
    ((x / size).floor() as i64, (y / size).floor() as i64)
}

fn add_to_cell(cells: &mut HashMap<Cell, HashMap<DriverId, (f64, f64)>>, c: Cell, id: DriverId, x: f64, y: f64) {
    cells.entry(c).or_default().insert(id, (x, y));
}

fn take_from_cell(cells: &mut HashMap<Cell, HashMap<DriverId, (f64, f64)>>, c: Cell, id: DriverId) {
    let bucket = match cells.get_mut(&c) {
        Some(b) => b,
        None => return,
    };
    bucket.remove(&id);
    if bucket.is_empty() {
        cells.remove(&c);
    }
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { radius, cells: HashMap::new(), where_is: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let c = cell_of(x, y, self.radius);
        if let Some(old) = self.where_is.insert(id, c) {
            take_from_cell(&mut self.cells, old, id);
        }
        add_to_cell(&mut self.cells, c, id, x, y);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let c = match self.where_is.remove(&id) {
            Some(c) => c,
            None => return false,
        };
        take_from_cell(&mut self.cells, c, id);
        true
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = cell_of(x, y, self.radius);
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let bucket = match self.cells.get(&(cx + dx, cy + dy)) {
                    Some(b) => b,
                    None => continue,
                };
                for (&id, &(px, py)) in bucket {
                    let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                    if d2 <= r2 {
                        found.push((d2, id));
                    }
                }
            }
        }
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(found.len());
        for (_, id) in found {
            out.push(id);
        }
        out
    }
}
