// learner: optimal
// idiom: Dart-style: Point struct with methods, HashMap<cell, HashMap<id, Point>> plus an id->Point map, Option chaining (and_then/map/is_some), flat_map over the 3x3 neighbourhood with closures
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn dist2(&self, other: &Point) -> f64 {
        (self.x - other.x).powi(2) + (self.y - other.y).powi(2)
    }

    fn cell(&self, size: f64) -> Cell {
        ((self.x / size).floor() as i64, (self.y / size).floor() as i64)
    }
}

pub struct DriverIndex {
    radius: f64,
    where_is: HashMap<DriverId, Point>,
    cells: HashMap<Cell, HashMap<DriverId, Point>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0, got {radius}");
        Self { radius, where_is: HashMap::new(), cells: HashMap::new() }
    }

    fn detach(&mut self, id: DriverId, at: Point) {
        let cell = at.cell(self.radius);
        let emptied = self
            .cells
            .get_mut(&cell)
            .map(|bucket| {
                bucket.remove(&id);
                bucket.is_empty()
            })
            .unwrap_or(false);
        if emptied {
            self.cells.remove(&cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let here = Point { x, y };
        if let Some(old) = self.where_is.insert(id, here) {
            self.detach(id, old);
        }
        self.cells.entry(here.cell(self.radius)).or_default().insert(id, here);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.where_is
            .remove(&id)
            .map(|old| self.detach(id, old))
            .is_some()
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rider = Point { x, y };
        let (cx, cy) = rider.cell(self.radius);
        let reach = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|cell| self.cells.get(&cell))
            .flat_map(|bucket| bucket.iter())
            .map(|(&id, p)| (p.dist2(&rider), id))
            .filter(|&(d2, _)| d2 <= reach)
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
