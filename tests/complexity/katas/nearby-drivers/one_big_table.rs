// learner: slow
// idiom: spreadsheet power user: one flat table of (id, x, y) rows; update/remove find the row with a MATCH-style scan, nearby filters the whole table and sorts
// why: update and remove are O(n) (linear search for the id) vs O(1) expected; nearby is O(n + m log m) (scans every driver, ignores the grid) vs O(k + m log m)
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    table: Vec<(DriverId, f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius has to be a positive number");
        }
        DriverIndex { radius, table: Vec::new() }
    }

    fn find_row(&self, id: DriverId) -> Option<usize> {
        for i in 0..self.table.len() {
            if self.table[i].0 == id {
                return Some(i);
            }
        }
        None
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        match self.find_row(id) {
            Some(i) => self.table[i] = (id, x, y),
            None => self.table.push((id, x, y)),
        }
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.find_row(id) {
            Some(i) => {
                self.table.remove(i);
                true
            }
            None => false,
        }
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
        let mut close: Vec<(f64, DriverId)> = Vec::new();
        for i in 0..self.table.len() {
            let (id, dx, dy) = self.table[i];
            let dist = ((dx - x) * (dx - x) + (dy - y) * (dy - y)).sqrt();
            if dist <= self.radius {
                close.push((dist, id));
            }
        }
        close.sort_by(|a, b| a.partial_cmp(b).unwrap());
        close.iter().map(|c| c.1).collect()
    }
}
