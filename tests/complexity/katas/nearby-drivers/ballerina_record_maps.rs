// learner: optimal
// idiom: Ballerina-style records and maps: DriverRecord struct, map<cell, map<id, pos>>, iterator chains and flat_map over the 3x3 block
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy, Debug)]
struct Location {
    x: f64,
    y: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct CellKey {
    col: i64,
    row: i64,
}

#[derive(Clone, Copy, Debug)]
struct DriverRecord {
    location: Location,
    cell: CellKey,
}

pub struct DriverIndex {
    radius: f64,
    registry: HashMap<DriverId, DriverRecord>,
    grid: HashMap<CellKey, HashMap<DriverId, Location>>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        assert!(
            radius.is_finite() && radius > 0.0,
            "search radius must be finite and positive"
        );
        Self { radius, registry: HashMap::new(), grid: HashMap::new() }
    }

    fn key_for(&self, loc: Location) -> CellKey {
        CellKey {
            col: (loc.x / self.radius).floor() as i64,
            row: (loc.y / self.radius).floor() as i64,
        }
    }

    fn drop_from_cell(&mut self, id: DriverId, cell: CellKey) {
        if let Some(members) = self.grid.get_mut(&cell) {
            members.remove(&id);
            if members.is_empty() {
                self.grid.remove(&cell);
            }
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let location = Location { x, y };
        let cell = self.key_for(location);
        let previous = self.registry.insert(id, DriverRecord { location, cell });
        if let Some(old) = previous {
            if old.cell != cell {
                self.drop_from_cell(id, old.cell);
            }
        }
        self.grid.entry(cell).or_default().insert(id, location);
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.registry.remove(&id) {
            Some(record) => {
                self.drop_from_cell(id, record.cell);
                true
            }
            None => false,
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.registry.len()
    }

    pub fn is_empty(&self) -> bool {
        self.registry.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let centre = self.key_for(Location { x, y });
        let limit = self.radius * self.radius;
        let mut matches: Vec<(f64, DriverId)> = (-1..=1i64)
            .flat_map(|dc| (-1..=1i64).map(move |dr| CellKey { col: centre.col + dc, row: centre.row + dr }))
            .filter_map(|key| self.grid.get(&key))
            .flat_map(|members| members.iter())
            .map(|(&id, loc)| ((loc.x - x).powi(2) + (loc.y - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= limit)
            .collect();
        matches.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        matches.into_iter().map(|(_, id)| id).collect()
    }
}
