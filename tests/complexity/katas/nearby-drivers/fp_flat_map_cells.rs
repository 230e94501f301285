// learner: optimal
// idiom: functional: cells as HashMap<Cell, HashSet<id>>, nearby as one flat_map/filter_map/collect pipeline over the 3x3 offsets, Option combinators for update/remove
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), HashSet<DriverId>>,
    where_is: HashMap<DriverId, (f64, f64)>,
}

const AROUND: [(i64, i64); 9] = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 0), (0, 1), (1, -1), (1, 0), (1, 1)];

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive: {radius}");
        DriverIndex { radius, cells: HashMap::new(), where_is: HashMap::new() }
    }

    fn key(&self, (x, y): (f64, f64)) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn unfile(&mut self, id: DriverId, at: (f64, f64)) {
        let k = self.key(at);
        let now_empty = self.cells.get_mut(&k).map_or(false, |set| {
            set.remove(&id);
            set.is_empty()
        });
        if now_empty {
            self.cells.remove(&k);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.where_is.insert(id, (x, y)) {
            self.unfile(id, old);
        }
        let k = self.key((x, y));
        self.cells.entry(k).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.where_is
            .remove(&id)
            .map(|old| self.unfile(id, old))
            .is_some()
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key((x, y));
        let limit = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = AROUND
            .iter()
            .filter_map(|(dx, dy)| self.cells.get(&(cx + dx, cy + dy)))
            .flat_map(|set| set.iter())
            .filter_map(|id| {
                let (px, py) = self.where_is[id];
                let d = (px - x).powi(2) + (py - y).powi(2);
                (d <= limit).then_some((d, *id))
            })
            .collect();
        found.sort_unstable_by(|(da, ia), (db, ib)| da.partial_cmp(db).unwrap().then(ia.cmp(ib)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
