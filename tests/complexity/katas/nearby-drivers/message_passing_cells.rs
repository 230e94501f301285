// learner: optimal
// idiom: Smalltalk-style small methods (cellFor:, cellsAround:, detect-like helpers), nested HashMaps, iterator chains as select:/collect:
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    positions: HashMap<DriverId, (f64, f64)>,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(
            radius.is_finite() && radius > 0.0,
            "radius must be finite and positive, got {radius}"
        );
        DriverIndex { radius, positions: HashMap::new(), cells: HashMap::new() }
    }

    fn cell_for(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn is_within_reach(&self, from: (f64, f64), to: (f64, f64)) -> bool {
        self.squared_distance(from, to) <= self.radius * self.radius
    }

    fn squared_distance(&self, a: (f64, f64), b: (f64, f64)) -> f64 {
        let dx = a.0 - b.0;
        let dy = a.1 - b.1;
        dx * dx + dy * dy
    }

    fn forget_in_cell(&mut self, id: DriverId, at: (f64, f64)) {
        let cell = self.cell_for(at.0, at.1);
        if let Some(bucket) = self.cells.get_mut(&cell) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.cells.remove(&cell);
            }
        }
    }

    fn remember_in_cell(&mut self, id: DriverId, at: (f64, f64)) {
        let cell = self.cell_for(at.0, at.1);
        self.cells.entry(cell).or_default().insert(id, at);
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.positions.insert(id, (x, y)) {
            self.forget_in_cell(id, old);
        }
        self.remember_in_cell(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            Some(old) => {
                self.forget_in_cell(id, old);
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

    fn cells_around(&self, centre: Cell) -> impl Iterator<Item = Cell> {
        (-1..=1).flat_map(move |dx| (-1..=1).map(move |dy| (centre.0 + dx, centre.1 + dy)))
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rider = (x, y);
        let mut found: Vec<(f64, DriverId)> = self
            .cells_around(self.cell_for(x, y))
            .filter_map(|cell| self.cells.get(&cell))
            .flat_map(|bucket| bucket.iter())
            .filter(|(_, &pos)| self.is_within_reach(rider, pos))
            .map(|(&id, &pos)| (self.squared_distance(rider, pos), id))
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
