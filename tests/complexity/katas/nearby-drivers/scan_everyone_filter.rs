// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): the grid is maintained but the search filters every driver's position
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), HashSet<DriverId>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "bad radius");
        DriverIndex { radius, cells: HashMap::new(), positions: HashMap::new() }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((ox, oy)) = self.positions.insert(id, (x, y)) {
            let c = self.cell(ox, oy);
            if let Some(s) = self.cells.get_mut(&c) {
                s.remove(&id);
                if s.is_empty() {
                    self.cells.remove(&c);
                }
            }
        }
        let c = self.cell(x, y);
        self.cells.entry(c).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            Some((ox, oy)) => {
                let c = self.cell(ox, oy);
                if let Some(s) = self.cells.get_mut(&c) {
                    s.remove(&id);
                    if s.is_empty() {
                        self.cells.remove(&c);
                    }
                }
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        // the cells are only "for later"; distance check is simplest over everyone
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = self
            .positions
            .iter()
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d, _)| d <= r2)
            .collect();
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
