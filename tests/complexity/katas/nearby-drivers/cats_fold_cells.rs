// learner: optimal
// idiom: Scala/cats flavour: nested HashMap cells, Option combinators, flat_map over the 3x3 stencil, filter_map + sort_by then_with
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);
type Point = (f64, f64);

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, Point>>,
    where_is: HashMap<DriverId, Cell>,
}

const STENCIL: [(i64, i64); 9] = [
    (-1, -1), (-1, 0), (-1, 1),
    (0, -1), (0, 0), (0, 1),
    (1, -1), (1, 0), (1, 1),
];

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        Some(radius)
            .filter(|r| r.is_finite() && *r > 0.0)
            .map(|radius| DriverIndex { radius, cells: HashMap::new(), where_is: HashMap::new() })
            .unwrap_or_else(|| panic!("radius must be finite and positive: {radius}"))
    }

    fn cell_of(&self, (x, y): Point) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn evict(&mut self, id: DriverId) -> Option<Cell> {
        self.where_is.remove(&id).map(|cell| {
            let now_empty = self
                .cells
                .get_mut(&cell)
                .map(|m| {
                    m.remove(&id);
                    m.is_empty()
                })
                .unwrap_or(false);
            if now_empty {
                self.cells.remove(&cell);
            }
            cell
        })
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cell_of((x, y));
        let _ = self.evict(id);
        self.cells.entry(cell).or_default().insert(id, (x, y));
        self.where_is.insert(id, cell);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.evict(id).is_some()
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of((x, y));
        let reach = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = STENCIL
            .iter()
            .filter_map(|&(dx, dy)| self.cells.get(&(cx + dx, cy + dy)))
            .flat_map(|m| m.iter())
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= reach)
            .collect();
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
