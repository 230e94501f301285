// learner: optimal
// idiom: HashSet<DriverId> per cell plus HashMap id->(x, y), plain nested `for dx in -1..=1` loops, early-return guards, sort_unstable_by on partial_cmp
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    cell_size: f64,
    pos: HashMap<DriverId, (f64, f64)>,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("invalid radius: {radius}");
        }
        DriverIndex { cell_size: radius, pos: HashMap::new(), grid: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.cell_size).floor() as i64, (y / self.cell_size).floor() as i64)
    }

    fn take_out(&mut self, id: DriverId, x: f64, y: f64) {
        let k = self.key(x, y);
        let Some(set) = self.grid.get_mut(&k) else { return };
        set.remove(&id);
        if set.is_empty() {
            self.grid.remove(&k);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(&(ox, oy)) = self.pos.get(&id) {
            if self.key(ox, oy) == self.key(x, y) {
                self.pos.insert(id, (x, y));
                return;
            }
            self.take_out(id, ox, oy);
        }
        self.pos.insert(id, (x, y));
        let k = self.key(x, y);
        self.grid.entry(k).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some((x, y)) = self.pos.remove(&id) else { return false };
        self.take_out(id, x, y);
        true
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let r2 = self.cell_size * self.cell_size;
        let mut found = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(set) = self.grid.get(&(cx + dx, cy + dy)) else { continue };
                for &id in set {
                    let (px, py) = self.pos[&id];
                    let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                    if d2 <= r2 {
                        found.push((d2, id));
                    }
                }
            }
        }
        found.sort_unstable_by(|a, b| a.partial_cmp(b).unwrap());
        found.into_iter().map(|(_, id)| id).collect()
    }
}
