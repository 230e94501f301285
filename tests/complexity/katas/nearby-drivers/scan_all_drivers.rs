// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): ignores the grid and measures the distance to every driver
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("bad radius: {}", radius);
        }
        DriverIndex { radius: radius, positions: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.positions.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.positions.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for (id, pos) in self.positions.iter() {
            let dx: f64 = pos.0 - x;
            let dy: f64 = pos.1 - y;
            let d2: f64 = dx * dx + dy * dy;
            if d2 <= self.radius * self.radius {
                hits.push((d2, *id));
            }
        }
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut out: Vec<DriverId> = Vec::new();
        for h in hits.iter() {
            out.push(h.1);
        }
        out
    }
}
