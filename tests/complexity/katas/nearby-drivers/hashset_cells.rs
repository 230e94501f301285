// learner: optimal
// idiom: HashMap<(i64, i64), HashSet<DriverId>> grid + HashMap of positions, nested for loops over the 3x3 block, sort_by with total_cmp
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, grid: HashMap::new(), positions: HashMap::new() }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        let c = self.cell(x, y);
        self.grid.entry(c).or_default().insert(id);
        self.positions.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some((x, y)) = self.positions.remove(&id) else {
            return false;
        };
        let c = self.cell(x, y);
        if let Some(set) = self.grid.get_mut(&c) {
            set.remove(&id);
            if set.is_empty() {
                self.grid.remove(&c);
            }
        }
        true
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                if let Some(ids) = self.grid.get(&(cx + dx, cy + dy)) {
                    for &id in ids {
                        let (px, py) = self.positions[&id];
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
