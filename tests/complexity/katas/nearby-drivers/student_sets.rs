// learner: optimal
// idiom: Rust-book student: HashMap<cell, HashSet<id>> + HashMap<id, position>, impl helper cell_of, nested for loops over -1..=1, explicit types
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
    where_is: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {}", radius);
        }
        DriverIndex {
            radius: radius,
            grid: HashMap::new(),
            where_is: HashMap::new(),
        }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        let cx: i64 = (x / self.radius).floor() as i64;
        let cy: i64 = (y / self.radius).floor() as i64;
        (cx, cy)
    }

    fn take_out_of_cell(&mut self, id: DriverId, x: f64, y: f64) {
        let cell: (i64, i64) = self.cell_of(x, y);
        let mut now_empty: bool = false;
        match self.grid.get_mut(&cell) {
            Some(set) => {
                set.remove(&id);
                if set.is_empty() {
                    now_empty = true;
                }
            }
            None => {}
        }
        if now_empty {
            self.grid.remove(&cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let old: Option<(f64, f64)> = self.where_is.insert(id, (x, y));
        match old {
            Some((ox, oy)) => self.take_out_of_cell(id, ox, oy),
            None => {}
        }
        let cell: (i64, i64) = self.cell_of(x, y);
        self.grid.entry(cell).or_insert(HashSet::new()).insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.where_is.remove(&id) {
            Some((x, y)) => {
                self.take_out_of_cell(id, x, y);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy): (i64, i64) = self.cell_of(x, y);
        let limit: f64 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let set: &HashSet<DriverId> = match self.grid.get(&(cx + dx, cy + dy)) {
                    Some(s) => s,
                    None => continue,
                };
                for id in set.iter() {
                    let (px, py): (f64, f64) = self.where_is[id];
                    let d2: f64 = (px - x) * (px - x) + (py - y) * (py - y);
                    if d2 <= limit {
                        found.push((d2, *id));
                    }
                }
            }
        }
        found.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut result: Vec<DriverId> = Vec::with_capacity(found.len());
        for (_, id) in found.iter() {
            result.push(*id);
        }
        result
    }
}
