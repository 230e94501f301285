// learner: optimal
// idiom: Lua game modder: cells are plain arrays of ids, each driver remembers its slot so removal is a swap-with-last like table.remove tricks
// why:
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

struct Driver {
    x: f64,
    y: f64,
    cx: i64,
    cy: i64,
    slot: usize,
}

pub struct DriverIndex {
    size: f64,
    grid: HashMap<(i64, i64), Vec<DriverId>>,
    drivers: HashMap<DriverId, Driver>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "bad radius: {}", radius);
        DriverIndex { size: radius, grid: HashMap::new(), drivers: HashMap::new() }
    }

    fn take_out(&mut self, id: DriverId) -> Option<Driver> {
        let d = self.drivers.remove(&id)?;
        let cell = self.grid.get_mut(&(d.cx, d.cy)).unwrap();
        cell.swap_remove(d.slot);
        if d.slot < cell.len() {
            let moved = cell[d.slot];
            self.drivers.get_mut(&moved).unwrap().slot = d.slot;
        }
        if cell.is_empty() {
            self.grid.remove(&(d.cx, d.cy));
        }
        Some(d)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.take_out(id);
        let cx = (x / self.size).floor() as i64;
        let cy = (y / self.size).floor() as i64;
        let cell = self.grid.entry((cx, cy)).or_insert_with(Vec::new);
        let slot = cell.len();
        cell.push(id);
        self.drivers.insert(id, Driver { x, y, cx, cy, slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.take_out(id).is_some()
    }

    pub fn len(&self) -> usize {
        self.drivers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let cx = (x / self.size).floor() as i64;
        let cy = (y / self.size).floor() as i64;
        let r2 = self.size * self.size;
        let mut found = Vec::new();
        let mut i = cx - 1;
        while i <= cx + 1 {
            let mut j = cy - 1;
            while j <= cy + 1 {
                if let Some(cell) = self.grid.get(&(i, j)) {
                    for k in 0..cell.len() {
                        let d = &self.drivers[&cell[k]];
                        let ddx = d.x - x;
                        let ddy = d.y - y;
                        let dist2 = ddx * ddx + ddy * ddy;
                        if dist2 <= r2 {
                            found.push((dist2, cell[k]));
                        }
                    }
                }
                j += 1;
            }
            i += 1;
        }
        found.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(found.len());
        for k in 0..found.len() {
            out.push(found[k].1);
        }
        out
    }
}
