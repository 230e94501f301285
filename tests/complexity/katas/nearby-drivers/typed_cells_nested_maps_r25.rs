// learner: optimal
// idiom: Agda/proof-assistant researcher: newtypes Cell and Point, a total cell_of function, grid as HashMap<Cell, HashMap<DriverId, Point>> plus an inverse map id -> Cell
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

/// Integer coordinates of a grid cell; cells are `radius` wide.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Cell(i64, i64);

#[derive(Clone, Copy, Debug)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn dist2(self, other: Point) -> f64 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        dx * dx + dy * dy
    }
}

/// Invariant: `located[id] == c` iff `grid[c]` contains `id`; empty cells are dropped.
pub struct DriverIndex {
    radius: f64,
    grid: HashMap<Cell, HashMap<DriverId, Point>>,
    located: HashMap<DriverId, Cell>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, grid: HashMap::new(), located: HashMap::new() }
    }

    fn cell_of(&self, p: Point) -> Cell {
        Cell((p.x / self.radius).floor() as i64, (p.y / self.radius).floor() as i64)
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let p = Point { x, y };
        let target = self.cell_of(p);
        if let Some(old) = self.located.insert(id, target) {
            if old != target {
                self.detach(old, id);
            }
        }
        self.grid.entry(target).or_default().insert(id, p);
    }

    fn detach(&mut self, cell: Cell, id: DriverId) {
        if let Some(bucket) = self.grid.get_mut(&cell) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.grid.remove(&cell);
            }
        }
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.located.remove(&id) {
            Some(cell) => {
                self.detach(cell, id);
                true
            }
            None => false,
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.located.len()
    }

    pub fn is_empty(&self) -> bool {
        self.located.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rider = Point { x, y };
        let Cell(cx, cy) = self.cell_of(rider);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| Cell(cx + dx, cy + dy)))
            .filter_map(|c| self.grid.get(&c))
            .flat_map(|bucket| bucket.iter())
            .map(|(&id, &p)| (p.dist2(rider), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
