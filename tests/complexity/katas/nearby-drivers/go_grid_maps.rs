// learner: optimal
// idiom: Go-style two maps keyed by ids/cells, explicit for loops, a small CellKeyer trait
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type CellKey = (i64, i64);

trait CellKeyer {
    fn cell_of(&self, x: f64, y: f64) -> CellKey;
}

struct Grid {
    size: f64,
}

impl CellKeyer for Grid {
    fn cell_of(&self, x: f64, y: f64) -> CellKey {
        ((x / self.size).floor() as i64, (y / self.size).floor() as i64)
    }
}

pub struct DriverIndex {
    radius: f64,
    grid: Grid,
    cells: HashMap<CellKey, HashMap<DriverId, (f64, f64)>>,
    locations: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex {
            radius,
            grid: Grid { size: radius },
            cells: HashMap::new(),
            locations: HashMap::new(),
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.locations.get(&id).copied() {
            let old_key = self.grid.cell_of(old.0, old.1);
            let mut emptied = false;
            if let Some(bucket) = self.cells.get_mut(&old_key) {
                bucket.remove(&id);
                emptied = bucket.is_empty();
            }
            if emptied {
                self.cells.remove(&old_key);
            }
        }
        let key = self.grid.cell_of(x, y);
        self.cells.entry(key).or_default().insert(id, (x, y));
        self.locations.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let old = match self.locations.remove(&id) {
            Some(p) => p,
            None => return false,
        };
        let key = self.grid.cell_of(old.0, old.1);
        let mut emptied = false;
        if let Some(bucket) = self.cells.get_mut(&key) {
            bucket.remove(&id);
            emptied = bucket.is_empty();
        }
        if emptied {
            self.cells.remove(&key);
        }
        true
    }

    pub fn len(&self) -> usize {
        self.locations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.locations.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.grid.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let bucket = match self.cells.get(&(cx + dx, cy + dy)) {
                    Some(b) => b,
                    None => continue,
                };
                for (id, pos) in bucket {
                    let ddx = pos.0 - x;
                    let ddy = pos.1 - y;
                    let d2 = ddx * ddx + ddy * ddy;
                    if d2 <= r2 {
                        hits.push((d2, *id));
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(hits.len());
        for (_, id) in hits {
            out.push(id);
        }
        out
    }
}
