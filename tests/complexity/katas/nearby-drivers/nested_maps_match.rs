// learner: optimal
// idiom: cell -> (id -> position) nested HashMaps, match-heavy with early returns, positions kept per driver
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    size: f64,
    grid: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

fn sq(v: f64) -> f64 {
    v * v
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        match radius {
            r if r.is_finite() && r > 0.0 => DriverIndex {
                size: r,
                grid: HashMap::new(),
                positions: HashMap::new(),
            },
            bad => panic!("invalid radius {bad}: must be finite and positive"),
        }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.size).floor() as i64, (y / self.size).floor() as i64)
    }

    fn take_from_grid(&mut self, id: DriverId, at: (f64, f64)) {
        let c = self.cell(at.0, at.1);
        match self.grid.entry(c) {
            Entry::Occupied(mut occ) => {
                occ.get_mut().remove(&id);
                if occ.get().is_empty() {
                    occ.remove();
                }
            }
            Entry::Vacant(_) => {}
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        match self.positions.get(&id).copied() {
            Some(old) => self.take_from_grid(id, old),
            None => (),
        }
        self.positions.insert(id, (x, y));
        let c = self.cell(x, y);
        self.grid.entry(c).or_insert_with(HashMap::new).insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let old = match self.positions.remove(&id) {
            Some(p) => p,
            None => return false,
        };
        self.take_from_grid(id, old);
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
        let limit = sq(self.size);
        let mut within = Vec::new();
        for dx in -1..=1i64 {
            for dy in -1..=1i64 {
                let drivers = match self.grid.get(&(cx + dx, cy + dy)) {
                    Some(d) => d,
                    None => continue,
                };
                for (&id, &(px, py)) in drivers {
                    let d = sq(px - x) + sq(py - y);
                    if d <= limit {
                        within.push((d, id));
                    }
                }
            }
        }
        within.sort_by(|l, r| match l.0.partial_cmp(&r.0) {
            Some(std::cmp::Ordering::Equal) | None => l.1.cmp(&r.1),
            Some(ord) => ord,
        });
        within.into_iter().map(|(_, id)| id).collect()
    }
}
