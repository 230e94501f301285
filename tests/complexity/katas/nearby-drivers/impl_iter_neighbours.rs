// learner: optimal
// idiom: cell key helper + `impl Iterator` over the 9 neighbour cells, entry API, closures stored in variables for the distance test, Option combinators in remove
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    where_is: HashMap<DriverId, (f64, f64)>,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
}

fn cell_of(radius: f64, x: f64, y: f64) -> Cell {
    ((x / radius).floor() as i64, (y / radius).floor() as i64)
}

fn around((cx, cy): Cell) -> impl Iterator<Item = Cell> {
    (-1..=1).flat_map(move |dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, where_is: HashMap::new(), cells: HashMap::new() }
    }

    fn detach(&mut self, id: DriverId, (x, y): (f64, f64)) {
        let key = cell_of(self.radius, x, y);
        let now_empty = self
            .cells
            .get_mut(&key)
            .map(|members| {
                members.remove(&id);
                members.is_empty()
            })
            .unwrap_or(false);
        if now_empty {
            self.cells.remove(&key);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.where_is.insert(id, (x, y)) {
            self.detach(id, old);
        }
        self.cells.entry(cell_of(self.radius, x, y)).or_default().insert(id, (x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        self.where_is.remove(&id).map(|old| self.detach(id, old)).is_some()
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let limit = self.radius * self.radius;
        let dist2 = |(px, py): (f64, f64)| (px - x) * (px - x) + (py - y) * (py - y);
        let mut hits: Vec<(f64, DriverId)> = around(cell_of(self.radius, x, y))
            .filter_map(|c| self.cells.get(&c))
            .flat_map(|members| members.iter())
            .map(|(&id, &p)| (dist2(p), id))
            .filter(|&(d, _)| d <= limit)
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
