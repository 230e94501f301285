// learner: slow
// why: DriverIndex::nearby is O(n + m log m) time, target O(k + m log m): competitive-style, it skips the grid and checks every known driver
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    p: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "bad radius");
        DriverIndex { r: radius, p: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.p.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.p.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.p.len()
    }

    pub fn is_empty(&self) -> bool {
        self.p.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rr = self.r * self.r;
        let mut v = vec![];
        for (&i, &(a, b)) in &self.p {
            let d = (a - x) * (a - x) + (b - y) * (b - y);
            if d <= rr { v.push((d, i)); }
        }
        v.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        v.into_iter().map(|t| t.1).collect()
    }
}
