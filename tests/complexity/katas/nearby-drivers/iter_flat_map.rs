// learner: optimal
// idiom: iterator-adapter chains: flat_map over the 3x3 offsets, filter_map for the distance test, sort, map
use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    where_is: HashMap<DriverId, Cell>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0");
        DriverIndex { radius, grid: HashMap::new(), where_is: HashMap::new() }
    }

    fn cell(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn take_out(&mut self, id: DriverId, cell: Cell) {
        if let Some(members) = self.grid.get_mut(&cell) {
            members.remove(&id);
            if members.is_empty() {
                self.grid.remove(&cell);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_cell = self.cell(x, y);
        if let Some(old_cell) = self.where_is.insert(id, new_cell) {
            self.take_out(id, old_cell);
        }
        self.grid.entry(new_cell).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.where_is
            .remove(&id)
            .map(|cell| self.take_out(id, cell))
            .is_some()
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|c| self.grid.get(&c))
            .flat_map(|members| members.iter())
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        hits.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
