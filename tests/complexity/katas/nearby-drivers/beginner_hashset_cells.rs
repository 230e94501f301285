// learner: optimal
// idiom: beginner nested dx/dy for-loops, HashSet cells + position map, clones and sort_by partial_cmp unwrap
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;
use std::collections::HashSet;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
    pos: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("bad radius: {}", radius);
        }
        return DriverIndex {
            radius: radius,
            grid: HashMap::new(),
            pos: HashMap::new(),
        };
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        let cx = (x / self.radius).floor() as i64;
        let cy = (y / self.radius).floor() as i64;
        return (cx, cy);
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if self.pos.contains_key(&id) {
            let old = self.pos.get(&id).unwrap().clone();
            let old_cell = self.cell_of(old.0, old.1);
            let set = self.grid.get_mut(&old_cell).unwrap();
            set.remove(&id);
            if set.len() == 0 {
                self.grid.remove(&old_cell);
            }
        }
        self.pos.insert(id, (x, y));
        let cell = self.cell_of(x, y);
        if !self.grid.contains_key(&cell) {
            self.grid.insert(cell, HashSet::new());
        }
        self.grid.get_mut(&cell).unwrap().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        if !self.pos.contains_key(&id) {
            return false;
        }
        let old = self.pos.remove(&id).unwrap();
        let cell = self.cell_of(old.0, old.1);
        let set = self.grid.get_mut(&cell).unwrap();
        set.remove(&id);
        if set.is_empty() {
            self.grid.remove(&cell);
        }
        return true;
    }

    pub fn len(&self) -> usize {
        return self.pos.len();
    }

    pub fn is_empty(&self) -> bool {
        return self.pos.len() == 0;
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let key = (cx + dx, cy + dy);
                if let Some(set) = self.grid.get(&key) {
                    for id in set {
                        let p = self.pos[id];
                        let d = (p.0 - x) * (p.0 - x) + (p.1 - y) * (p.1 - y);
                        if d <= self.radius * self.radius {
                            found.push((d, *id));
                        }
                    }
                }
            }
        }
        found.sort_by(|a, b| {
            if a.0 == b.0 {
                a.1.cmp(&b.1)
            } else {
                a.0.partial_cmp(&b.0).unwrap()
            }
        });
        let mut result = Vec::new();
        for f in found {
            result.push(f.1);
        }
        return result;
    }
}
