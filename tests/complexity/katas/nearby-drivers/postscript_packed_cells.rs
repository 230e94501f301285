// learner: optimal
// idiom: PostScript: each cell is a packed array of ids, each driver record remembers its cell and its slot in that array, so leaving a cell is "move the last one into my slot and pop" (swap_remove); nested dx/dy `for` loops over -1..=1
// why: update/remove are O(1) expected (a map lookup and a swap_remove); nearby reads the 9 cells (k drivers) and sorts the m hits: O(k + m log m)
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

use std::collections::HashMap;

#[derive(Clone, Copy)]
struct Spot {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize,
}

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), Vec<DriverId>>,
    spots: HashMap<DriverId, Spot>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { radius, grid: HashMap::new(), spots: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        let r = self.radius;
        ((x / r).floor() as i64, (y / r).floor() as i64)
    }

    /// pull the driver out of its cell's packed array
    fn lift(&mut self, s: Spot) {
        let emptied = {
            let ids = self.grid.get_mut(&s.cell).expect("cell of a known driver");
            ids.swap_remove(s.slot);
            if s.slot < ids.len() {
                let moved = ids[s.slot];
                if let Some(m) = self.spots.get_mut(&moved) {
                    m.slot = s.slot;
                }
            }
            ids.is_empty()
        };
        if emptied {
            self.grid.remove(&s.cell);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.key(x, y);
        if let Some(old) = self.spots.get(&id).copied() {
            if old.cell == cell {
                // same cell: only the position changes
                let s = self.spots.get_mut(&id).unwrap();
                s.x = x;
                s.y = y;
                return;
            }
            self.lift(old);
        }
        let ids = self.grid.entry(cell).or_default();
        ids.push(id);
        let slot = ids.len() - 1;
        self.spots.insert(id, Spot { x, y, cell, slot });
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        if let Some(s) = self.spots.remove(&id) {
            self.lift(s);
            true
        } else {
            false
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.spots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spots.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let ids = match self.grid.get(&(cx + dx, cy + dy)) {
                    Some(ids) => ids,
                    None => continue,
                };
                for id in ids {
                    let s = &self.spots[id];
                    let ex = s.x - x;
                    let ey = s.y - y;
                    let d2 = ex * ex + ey * ey;
                    if d2 <= r2 {
                        found.push((d2, *id));
                    }
                }
            }
        }
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(found.len());
        for (_, id) in found {
            out.push(id);
        }
        out
    }
}
