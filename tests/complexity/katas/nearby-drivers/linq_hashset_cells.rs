// learner: optimal
// idiom: C#-style: Dictionary<Cell, HashSet<DriverId>> plus a Location record per driver, a static NEIGHBOURS table, sort_unstable_by_key on a (bits, id) tuple
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct GridCell {
    col: i64,
    row: i64,
}

#[derive(Debug, Clone, Copy)]
struct Location {
    x: f64,
    y: f64,
}

const NEIGHBOURS: [(i64, i64); 9] = [
    (-1, -1), (0, -1), (1, -1),
    (-1, 0), (0, 0), (1, 0),
    (-1, 1), (0, 1), (1, 1),
];

pub struct DriverIndex {
    cell_size: f64,
    grid: HashMap<GridCell, HashSet<DriverId>>,
    locations: HashMap<DriverId, Location>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be a finite positive number");
        }
        Self { cell_size: radius, grid: HashMap::new(), locations: HashMap::new() }
    }

    fn cell_for(&self, location: Location) -> GridCell {
        GridCell {
            col: (location.x / self.cell_size).floor() as i64,
            row: (location.y / self.cell_size).floor() as i64,
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let location = Location { x, y };
        let new_cell = self.cell_for(location);
        if let Some(previous) = self.locations.insert(id, location) {
            let old_cell = self.cell_for(previous);
            if old_cell != new_cell {
                let members = self.grid.get_mut(&old_cell).expect("driver's cell exists");
                members.remove(&id);
                if members.is_empty() {
                    self.grid.remove(&old_cell);
                }
            }
        }
        self.grid.entry(new_cell).or_insert_with(HashSet::new).insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(previous) = self.locations.remove(&id) else {
            return false;
        };
        let cell = self.cell_for(previous);
        if let Some(members) = self.grid.get_mut(&cell) {
            members.remove(&id);
            if members.is_empty() {
                self.grid.remove(&cell);
            }
        }
        true
    }

    pub fn len(&self) -> usize {
        self.locations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let centre = self.cell_for(Location { x, y });
        let max_sq = self.cell_size * self.cell_size;
        let mut found: Vec<(u64, DriverId)> = Vec::new();
        for (dc, dr) in NEIGHBOURS {
            let cell = GridCell { col: centre.col + dc, row: centre.row + dr };
            if let Some(members) = self.grid.get(&cell) {
                for id in members {
                    let at = self.locations[id];
                    let sq = (at.x - x).powi(2) + (at.y - y).powi(2);
                    if sq <= max_sq {
                        // non-negative floats order like their bit patterns
                        found.push((sq.to_bits(), *id));
                    }
                }
            }
        }
        found.sort_unstable_by_key(|&(bits, id)| (bits, id));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
