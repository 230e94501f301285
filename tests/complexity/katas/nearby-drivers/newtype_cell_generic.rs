// learner: optimal
// idiom: Cell newtype with neighbours() iterator, Point newtype + Default/From impls, generic sort helper over impl Iterator
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Point {
    x: f64,
    y: f64,
}

impl From<(f64, f64)> for Point {
    fn from((x, y): (f64, f64)) -> Self {
        Point { x, y }
    }
}

impl Point {
    fn dist2(self, other: Point) -> f64 {
        let (dx, dy) = (self.x - other.x, self.y - other.y);
        dx * dx + dy * dy
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Cell(i64, i64);

impl Cell {
    fn of(p: Point, size: f64) -> Self {
        Cell((p.x / size).floor() as i64, (p.y / size).floor() as i64)
    }

    fn neighbours(self) -> impl Iterator<Item = Cell> {
        (-1..=1).flat_map(move |dx| (-1..=1).map(move |dy| Cell(self.0 + dx, self.1 + dy)))
    }
}

/// Sorts `(distance², id)` pairs and keeps the ids.
fn nearest_first(found: impl Iterator<Item = (f64, DriverId)>) -> Vec<DriverId> {
    let mut v: Vec<_> = found.collect();
    v.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    v.into_iter().map(|(_, id)| id).collect()
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, Point>>,
    where_is: HashMap<DriverId, Point>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, cells: HashMap::new(), where_is: HashMap::new() }
    }

    fn cell(&self, p: Point) -> Cell {
        Cell::of(p, self.radius)
    }

    fn unlink(&mut self, id: DriverId, p: Point) {
        let c = self.cell(p);
        if let Some(bucket) = self.cells.get_mut(&c) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.cells.remove(&c);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let p = Point::from((x, y));
        if let Some(old) = self.where_is.insert(id, p) {
            self.unlink(id, old);
        }
        let c = self.cell(p);
        self.cells.entry(c).or_default().insert(id, p);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.where_is.remove(&id) {
            Some(old) => {
                self.unlink(id, old);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rider = Point::from((x, y));
        let r2 = self.radius * self.radius;
        let candidates = self
            .cell(rider)
            .neighbours()
            .filter_map(|c| self.cells.get(&c))
            .flat_map(|bucket| bucket.iter())
            .map(|(&id, &p)| (p.dist2(rider), id))
            .filter(|&(d2, _)| d2 <= r2);
        nearest_first(candidates)
    }
}
