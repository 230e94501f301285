// learner: optimal
// idiom: ReScript-ish pipe-first iterator chains, HashSet per cell, flat_map over the 3x3 offsets, Option combinators
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

type CellKey = (i64, i64);

#[derive(Clone, Copy, Debug)]
struct Pos {
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<CellKey, HashSet<DriverId>>,
    where_is: HashMap<DriverId, Pos>,
}

const OFFSETS: [i64; 3] = [-1, 0, 1];

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0");
        Self { radius, cells: HashMap::new(), where_is: HashMap::new() }
    }

    fn key(&self, p: Pos) -> CellKey {
        ((p.x / self.radius).floor() as i64, (p.y / self.radius).floor() as i64)
    }

    fn detach(&mut self, id: DriverId, p: Pos) {
        let k = self.key(p);
        let emptied = self
            .cells
            .get_mut(&k)
            .map(|set| {
                set.remove(&id);
                set.is_empty()
            })
            .unwrap_or(false);
        if emptied {
            self.cells.remove(&k);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let next = Pos { x, y };
        if let Some(prev) = self.where_is.insert(id, next) {
            self.detach(id, prev);
        }
        let k = self.key(next);
        self.cells.entry(k).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.where_is
            .remove(&id)
            .map(|p| self.detach(id, p))
            .is_some()
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rider = Pos { x, y };
        let (cx, cy) = self.key(rider);
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = OFFSETS
            .iter()
            .flat_map(|dx| OFFSETS.iter().map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|k| self.cells.get(&k))
            .flat_map(|set| set.iter().copied())
            .filter_map(|id| {
                self.where_is.get(&id).map(|p| {
                    let (ex, ey) = (p.x - rider.x, p.y - rider.y);
                    (ex * ex + ey * ey, id)
                })
            })
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        found.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
