// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): filters every registered driver like a query over a table, ignoring the grid
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct DriverRecord {
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    radius: f64,
    table: HashMap<DriverId, DriverRecord>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be positive");
        DriverIndex { radius, table: HashMap::new() }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.table.insert(id, DriverRecord { x, y });
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        self.table.remove(&id).is_some()
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut rows: Vec<(f64, DriverId)> = self
            .table
            .iter()
            .map(|(id, rec)| ((rec.x - x) * (rec.x - x) + (rec.y - y) * (rec.y - y), *id))
            .filter(|row| row.0 <= r2)
            .collect();
        rows.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        rows.into_iter().map(|row| row.1).collect()
    }
}
