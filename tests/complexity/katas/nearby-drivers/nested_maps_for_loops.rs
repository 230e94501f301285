// learner: optimal
// idiom: the hint's nested HashMap<Cell, HashMap<id, pos>> plus a position map, plain for loops over dx/dy, struct helper methods with early returns, sort_by_key-free tuple sort
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::cmp::Ordering;
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    cell_size: f64,
    grid: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    drivers: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("invalid radius {radius}: it must be finite and > 0");
        }
        Self { cell_size: radius, grid: HashMap::new(), drivers: HashMap::new() }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        let cx = (x / self.cell_size).floor() as i64;
        let cy = (y / self.cell_size).floor() as i64;
        (cx, cy)
    }

    fn take_out(&mut self, id: DriverId) -> bool {
        let Some((ox, oy)) = self.drivers.remove(&id) else {
            return false;
        };
        let c = self.cell(ox, oy);
        if let Some(members) = self.grid.get_mut(&c) {
            members.remove(&id);
            if members.is_empty() {
                self.grid.remove(&c);
            }
        }
        true
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.take_out(id);
        let c = self.cell(x, y);
        self.grid.entry(c).or_insert_with(HashMap::new).insert(id, (x, y));
        self.drivers.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.take_out(id)
    }

    pub fn len(&self) -> usize {
        self.drivers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let max_sq = self.cell_size * self.cell_size;
        let mut result: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1i64 {
            for dy in -1..=1i64 {
                let Some(members) = self.grid.get(&(cx + dx, cy + dy)) else {
                    continue;
                };
                for (&id, &(px, py)) in members {
                    let (ex, ey) = (px - x, py - y);
                    let sq = ex * ex + ey * ey;
                    if sq <= max_sq {
                        result.push((sq, id));
                    }
                }
            }
        }
        result.sort_by(|a, b| match a.0.partial_cmp(&b.0) {
            Some(Ordering::Equal) | None => a.1.cmp(&b.1),
            Some(other) => other,
        });
        let mut ids = Vec::with_capacity(result.len());
        for (_, id) in result {
            ids.push(id);
        }
        ids
    }
}
