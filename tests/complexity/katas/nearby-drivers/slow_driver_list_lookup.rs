// learner: slow
// why: DriverIndex::update and DriverIndex::remove are O(n) time, target O(1): each driver's cell is kept in a plain Vec of (id, cell) and found with iter().position
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    registry: Vec<(DriverId, (i64, i64))>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("invalid radius {radius}");
        }
        DriverIndex { radius, grid: HashMap::new(), registry: Vec::new() }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        let c = self.cell(x, y);
        self.grid.entry(c).or_default().insert(id, (x, y));
        self.registry.push((id, c));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.registry.iter().position(|&(d, _)| d == id) {
            None => false,
            Some(slot) => {
                let (_, c) = self.registry.swap_remove(slot);
                if let Some(cell) = self.grid.get_mut(&c) {
                    cell.remove(&id);
                    if cell.is_empty() {
                        self.grid.remove(&c);
                    }
                }
                true
            }
        }
    }

    pub fn len(&self) -> usize {
        self.registry.len()
    }

    pub fn is_empty(&self) -> bool {
        self.registry.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut hits = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                if let Some(cell) = self.grid.get(&(cx + dx, cy + dy)) {
                    for (&id, &(px, py)) in cell {
                        let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                        if d2 <= r2 {
                            hits.push((d2, id));
                        }
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
