// learner: optimal
// idiom: beginner-ish: HashSet of ids per cell, positions map, index loops with while, explicit helper fns, if-heavy
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    positions: HashMap<DriverId, (f64, f64)>,
    cells: HashMap<(i64, i64), HashSet<DriverId>>,
}

fn cell_coord(v: f64, size: f64) -> i64 {
    let c = (v / size).floor();
    c as i64
}

fn dist_squared(ax: f64, ay: f64, bx: f64, by: f64) -> f64 {
    let dx = ax - bx;
    let dy = ay - by;
    dx * dx + dy * dy
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("invalid radius {}", radius);
        }
        DriverIndex {
            radius,
            positions: HashMap::new(),
            cells: HashMap::new(),
        }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        (cell_coord(x, self.radius), cell_coord(y, self.radius))
    }

    fn take_out_of_cell(&mut self, id: DriverId, x: f64, y: f64) {
        let c = self.cell(x, y);
        let mut now_empty = false;
        if let Some(set) = self.cells.get_mut(&c) {
            set.remove(&id);
            now_empty = set.is_empty();
        }
        if now_empty {
            self.cells.remove(&c);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let old = self.positions.get(&id).copied();
        if let Some((ox, oy)) = old {
            self.take_out_of_cell(id, ox, oy);
        }
        self.positions.insert(id, (x, y));
        let c = self.cell(x, y);
        self.cells.entry(c).or_insert_with(HashSet::new).insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let old = self.positions.remove(&id);
        if old.is_none() {
            return false;
        }
        let (ox, oy) = old.unwrap();
        self.take_out_of_cell(id, ox, oy);
        true
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let limit = self.radius * self.radius;
        let mut result: Vec<(f64, DriverId)> = Vec::new();
        let mut i = -1;
        while i <= 1 {
            let mut j = -1;
            while j <= 1 {
                if let Some(set) = self.cells.get(&(cx + i, cy + j)) {
                    for id in set.iter() {
                        let (px, py) = self.positions[id];
                        let d = dist_squared(px, py, x, y);
                        if d <= limit {
                            result.push((d, *id));
                        }
                    }
                }
                j += 1;
            }
            i += 1;
        }
        result.sort_by(|a, b| {
            if a.0 < b.0 {
                std::cmp::Ordering::Less
            } else if a.0 > b.0 {
                std::cmp::Ordering::Greater
            } else {
                a.1.cmp(&b.1)
            }
        });
        let mut ids = Vec::with_capacity(result.len());
        for (_, id) in result {
            ids.push(id);
        }
        ids
    }
}
