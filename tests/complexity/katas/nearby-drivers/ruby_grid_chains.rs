// learner: optimal
// idiom: Ruby-style iterator chains, nested HashMaps of cells, Option combinators, flat_map over 3x3 offsets
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
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        Self { radius, cells: HashMap::new(), positions: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_cell = self.cell_of(x, y);
        if let Some(old_cell) = self.positions.insert(id, (x, y)).map(|(ox, oy)| self.cell_of(ox, oy)) {
            self.take_out(old_cell, id);
        }
        self.cells.entry(new_cell).or_default().insert(id, (x, y));
    }

    fn take_out(&mut self, cell: Cell, id: DriverId) {
        let now_empty = self
            .cells
            .get_mut(&cell)
            .map(|members| {
                members.remove(&id);
                members.is_empty()
            })
            .unwrap_or(false);
        if now_empty {
            self.cells.remove(&cell);
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.positions
            .remove(&id)
            .map(|(x, y)| self.cell_of(x, y))
            .map(|cell| self.take_out(cell, id))
            .is_some()
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|cell| self.cells.get(&cell))
            .flat_map(|members| members.iter())
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
