// learner: slow
// why: DriverIndex::nearby is O(number of cells) = O(n) time, target O(k + m log m): it walks every cell of the grid and keeps the ones within one cell of the rider instead of looking the 9 cells up
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    pos: HashMap<DriverId, (f64, f64)>,
    grid: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        assert!(radius > 0.0 && radius.is_finite(), "bad radius");
        Self { radius, pos: HashMap::new(), grid: HashMap::new() }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        self.pos.insert(id, (x, y));
        let c = self.cell(x, y);
        self.grid.entry(c).or_default().insert(id, (x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.pos.remove(&id) {
            None => false,
            Some((x, y)) => {
                let c = self.cell(x, y);
                if let Some(m) = self.grid.get_mut(&c) {
                    m.remove(&id);
                    if m.is_empty() {
                        self.grid.remove(&c);
                    }
                }
                true
            }
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut out: Vec<(f64, DriverId)> = Vec::new();
        for (&(gx, gy), members) in &self.grid {
            if (gx - cx).abs() > 1 || (gy - cy).abs() > 1 {
                continue;
            }
            for (&id, &(px, py)) in members {
                let d = (px - x).powi(2) + (py - y).powi(2);
                if d <= r2 {
                    out.push((d, id));
                }
            }
        }
        out.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        out.into_iter().map(|p| p.1).collect()
    }
}
