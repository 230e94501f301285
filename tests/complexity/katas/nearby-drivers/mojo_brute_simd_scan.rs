// learner: slow
// idiom: Mojo: "a flat SoA scan is SIMD-friendly and beats pointer chasing": xs/ys dense arrays, nearby streams over every row
// why: nearby computes the distance to all n drivers: O(n) per search instead of O(k + m log m); n searches cost O(n^2)

//! Find the drivers near a rider: brute force over dense arrays.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    ids: Vec<DriverId>,
    xs: Vec<f64>,
    ys: Vec<f64>,
    row_of: HashMap<DriverId, usize>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive");
        DriverIndex { radius, ids: Vec::new(), xs: Vec::new(), ys: Vec::new(), row_of: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(&r) = self.row_of.get(&id) {
            self.xs[r] = x;
            self.ys[r] = y;
        } else {
            self.row_of.insert(id, self.ids.len());
            self.ids.push(id);
            self.xs.push(x);
            self.ys.push(y);
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(r) = self.row_of.remove(&id) else { return false };
        self.ids.swap_remove(r);
        self.xs.swap_remove(r);
        self.ys.swap_remove(r);
        if r < self.ids.len() {
            self.row_of.insert(self.ids[r], r);
        }
        true
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let n = self.xs.len();
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        // straight-line loop the compiler can vectorise
        for i in 0..n {
            let dx = self.xs[i] - x;
            let dy = self.ys[i] - y;
            let d = dx * dx + dy * dy;
            if d <= r2 {
                hits.push((d, self.ids[i]));
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|h| h.1).collect()
    }
}
