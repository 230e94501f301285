// learner: optimal
// idiom: iterator chains (flat_map over the 3x3 offsets, filter_map, sort_by_key on a total-order key), HashSet buckets, Cell newtype
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Cell(i64, i64);

const AROUND: [(i64, i64); 9] = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 0), (0, 1), (1, -1), (1, 0), (1, 1)];

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<Cell, HashSet<DriverId>>,
    pos: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("invalid radius {radius}: must be finite and > 0");
        }
        Self { radius, grid: HashMap::new(), pos: HashMap::new() }
    }

    fn cell(&self, (x, y): (f64, f64)) -> Cell {
        Cell((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn detach(&mut self, id: DriverId, at: (f64, f64)) {
        let c = self.cell(at);
        if let Some(set) = self.grid.get_mut(&c) {
            set.remove(&id);
            if set.is_empty() {
                self.grid.remove(&c);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.pos.insert(id, (x, y)) {
            self.detach(id, old);
        }
        let c = self.cell((x, y));
        self.grid.entry(c).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.pos.remove(&id).map(|old| self.detach(id, old)).is_some()
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let Cell(cx, cy) = self.cell((x, y));
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(u64, DriverId)> = AROUND
            .iter()
            .filter_map(|&(dx, dy)| self.grid.get(&Cell(cx + dx, cy + dy)))
            .flat_map(|set| set.iter())
            .filter_map(|id| {
                let (px, py) = self.pos[id];
                let d2 = (px - x).powi(2) + (py - y).powi(2);
                // Non-negative floats order like their bit patterns.
                (d2 <= r2).then(|| (d2.to_bits(), *id))
            })
            .collect();
        hits.sort_unstable();
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
