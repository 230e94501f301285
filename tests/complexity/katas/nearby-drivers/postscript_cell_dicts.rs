// learner: optimal
// idiom: PostScript: a dictionary of cells keyed by integer (cx, cy), each cell a dictionary id -> position, plus a dictionary id -> position; a search visits the 3 x 3 block from a fixed offset array and sorts the hits
// why: update/remove are a few O(1) expected map operations; nearby reads the k drivers in 9 cells and sorts the m hits: O(k + m log m)
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

use std::collections::HashMap;

type Cell = (i64, i64);

/// the 3 x 3 neighbourhood, as a fixed array of offsets
const AROUND: [(i64, i64); 9] = [(-1, -1), (0, -1), (1, -1), (-1, 0), (0, 0), (1, 0), (-1, 1), (0, 1), (1, 1)];

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    where_is: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { radius, cells: HashMap::new(), where_is: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    /// take `id` out of the cell that holds (x, y); drop the cell if it empties
    fn unplace(&mut self, id: DriverId, x: f64, y: f64) {
        let key = self.cell_of(x, y);
        if let Some(cell) = self.cells.get_mut(&key) {
            cell.remove(&id);
            if cell.is_empty() {
                self.cells.remove(&key);
            }
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((ox, oy)) = self.where_is.insert(id, (x, y)) {
            self.unplace(id, ox, oy);
        }
        let key = self.cell_of(x, y);
        self.cells.entry(key).or_default().insert(id, (x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.where_is.remove(&id) {
            Some((x, y)) => {
                self.unplace(id, x, y);
                true
            }
            None => false,
        }
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
        let (cx, cy) = self.cell_of(x, y);
        let reach = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for &(dx, dy) in AROUND.iter() {
            if let Some(cell) = self.cells.get(&(cx + dx, cy + dy)) {
                for (&id, &(px, py)) in cell.iter() {
                    let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                    if d2 <= reach {
                        hits.push((d2, id));
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
