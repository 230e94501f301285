// learner: slow
// why: DriverIndex::nearby is O(n + m log m) time, target O(k + m log m): a grid is kept but nearby filters the whole driver map with an iterator pipeline anyway
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), HashSet<DriverId>>,
    spots: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be > 0");
        DriverIndex { radius, cells: HashMap::new(), spots: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((ox, oy)) = self.spots.insert(id, (x, y)) {
            let k = self.key(ox, oy);
            if let Some(s) = self.cells.get_mut(&k) {
                s.remove(&id);
            }
        }
        let k = self.key(x, y);
        self.cells.entry(k).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.spots.remove(&id) {
            Some((ox, oy)) => {
                let k = self.key(ox, oy);
                if let Some(s) = self.cells.get_mut(&k) {
                    s.remove(&id);
                }
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.spots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spots.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = self
            .spots
            .iter()
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d, _)| d <= r2)
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
