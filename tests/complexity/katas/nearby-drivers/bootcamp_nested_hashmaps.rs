// learner: optimal
// idiom: bootcamp style, HashMap<cell, HashMap<id, (x, y)>> plus a position map, dx/dy for-loops over the 3x3 block, comments everywhere
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    /// The search radius, which is also the width of a grid cell.
    radius: f64,
    /// For each cell (column, row), the drivers in it and their positions.
    cells: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    /// Where each driver is right now.
    where_is: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        // The radius must be a normal positive number.
        if !radius.is_finite() || radius <= 0.0 {
            panic!("the radius must be finite and positive, got {}", radius);
        }
        DriverIndex {
            radius: radius,
            cells: HashMap::new(),
            where_is: HashMap::new(),
        }
    }

    /// Which cell a point is in. floor() so that negative numbers work.
    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        let column = (x / self.radius).floor() as i64;
        let row = (y / self.radius).floor() as i64;
        (column, row)
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        // First take the driver out of its old cell, if it had one.
        self.remove(id);
        // Then put it into its new cell.
        let cell = self.cell_of(x, y);
        let drivers_in_cell = self.cells.entry(cell).or_insert_with(HashMap::new);
        drivers_in_cell.insert(id, (x, y));
        // And remember where it is.
        self.where_is.insert(id, (x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        // Where was the driver?
        let old_position = match self.where_is.remove(&id) {
            Some(position) => position,
            None => return false, // not on the map
        };
        // Take it out of its cell.
        let cell = self.cell_of(old_position.0, old_position.1);
        let mut cell_is_empty = false;
        if let Some(drivers_in_cell) = self.cells.get_mut(&cell) {
            drivers_in_cell.remove(&id);
            if drivers_in_cell.is_empty() {
                cell_is_empty = true;
            }
        }
        // Drop empty cells so the map does not fill up with them.
        if cell_is_empty {
            self.cells.remove(&cell);
        }
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.len() == 0
    }

    /// Drivers at distance <= radius from (x, y), nearest first; ties by id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (center_column, center_row) = self.cell_of(x, y);
        let radius_squared = self.radius * self.radius;
        // (squared distance, id) of every driver close enough.
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        // Look at the 3 x 3 block of cells around the rider.
        for dx in -1..=1 {
            for dy in -1..=1 {
                let cell = (center_column + dx, center_row + dy);
                let drivers_in_cell = match self.cells.get(&cell) {
                    Some(drivers) => drivers,
                    None => continue, // nobody there
                };
                for (id, position) in drivers_in_cell {
                    let diff_x = position.0 - x;
                    let diff_y = position.1 - y;
                    let distance_squared = diff_x * diff_x + diff_y * diff_y;
                    // Close enough? (Compare squares, no square root needed.)
                    if distance_squared <= radius_squared {
                        found.push((distance_squared, *id));
                    }
                }
            }
        }
        // Nearest first, then smaller id first.
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        // Keep only the ids.
        let mut answer: Vec<DriverId> = Vec::new();
        for (_, id) in found {
            answer.push(id);
        }
        answer
    }
}
