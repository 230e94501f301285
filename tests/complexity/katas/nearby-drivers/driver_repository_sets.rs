// learner: optimal
// idiom: PHP Laravel developer: a DriverRepository-style struct with a "locations" table and a "grid" of HashSets, fluent iterator chain for the query
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

#[derive(Debug, Clone, Copy)]
struct Location {
    lat: f64,
    lng: f64,
    cell: (i64, i64),
}

pub struct DriverIndex {
    radius: f64,
    locations: HashMap<DriverId, Location>,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("Invalid radius: {radius} (must be finite and > 0)");
        }
        Self { radius, locations: HashMap::new(), grid: HashMap::new() }
    }

    fn cell_key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn forget_from_grid(&mut self, id: DriverId, cell: (i64, i64)) {
        if let Some(set) = self.grid.get_mut(&cell) {
            set.remove(&id);
            if set.is_empty() {
                self.grid.remove(&cell);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cell_key(x, y);
        if let Some(previous) = self.locations.insert(id, Location { lat: x, lng: y, cell }) {
            if previous.cell == cell {
                return;
            }
            self.forget_from_grid(id, previous.cell);
        }
        self.grid.entry(cell).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.locations.remove(&id) {
            Some(location) => {
                self.forget_from_grid(id, location.cell);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.locations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_key(x, y);
        let max_sq = self.radius * self.radius;

        let mut results: Vec<(f64, DriverId)> = (-1i64..=1)
            .flat_map(|dx| (-1i64..=1).map(move |dy| (cx.saturating_add(dx), cy.saturating_add(dy))))
            .filter_map(|cell| self.grid.get(&cell))
            .flat_map(|ids| ids.iter())
            .filter_map(|id| {
                let loc = self.locations.get(id)?;
                let dist_sq = (loc.lat - x).powi(2) + (loc.lng - y).powi(2);
                (dist_sq <= max_sq).then_some((dist_sq, *id))
            })
            .collect();

        results.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        results.into_iter().map(|(_, id)| id).collect()
    }
}
