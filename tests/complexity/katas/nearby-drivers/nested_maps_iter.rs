// learner: optimal
// idiom: colleague style: HashMap<cell, HashMap<id, pos>> + HashMap<id, pos>, flat_map over the 3x3 block, filter_map, sort_by with total_cmp
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0, got {radius}");
        Self { radius, cells: HashMap::new(), positions: HashMap::new() }
    }

    fn cell(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn unplace(&mut self, id: DriverId, (x, y): (f64, f64)) {
        let key = self.cell(x, y);
        if let Some(bucket) = self.cells.get_mut(&key) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.cells.remove(&key);
            }
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.positions.insert(id, (x, y)) {
            self.unplace(id, old);
        }
        let key = self.cell(x, y);
        self.cells.entry(key).or_default().insert(id, (x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        self.positions
            .remove(&id)
            .map(|old| self.unplace(id, old))
            .is_some()
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|key| self.cells.get(&key))
            .flat_map(|bucket| bucket.iter())
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
