// learner: slow
// why: DriverIndex::update and DriverIndex::remove are O(number of cells) time, target O(1): the grid does not remember a driver's cell, so moving one sweeps every cell
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    known: HashSet<DriverId>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive");
        DriverIndex { radius, grid: HashMap::new(), known: HashSet::new() }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn take_out(&mut self, id: DriverId) {
        for bucket in self.grid.values_mut() {
            if bucket.remove(&id).is_some() {
                break;
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if self.known.contains(&id) {
            self.take_out(id);
        }
        self.known.insert(id);
        let c = self.cell(x, y);
        self.grid.entry(c).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        if !self.known.remove(&id) {
            return false;
        }
        self.take_out(id);
        true
    }

    pub fn len(&self) -> usize {
        self.known.len()
    }

    pub fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut hits = Vec::new();
        for i in cx - 1..=cx + 1 {
            for j in cy - 1..=cy + 1 {
                if let Some(bucket) = self.grid.get(&(i, j)) {
                    for (&id, &(px, py)) in bucket {
                        let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                        if d2 <= r2 {
                            hits.push((d2, id));
                        }
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
