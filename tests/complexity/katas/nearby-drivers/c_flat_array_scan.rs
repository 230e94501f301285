// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): scans every driver in a flat array instead of 3x3 grid cells
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    rad: f64,
    ids: Vec<DriverId>,
    xs: Vec<f64>,
    ys: Vec<f64>,
    where_is: HashMap<DriverId, usize>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius > 0.0) || radius.is_infinite() {
            panic!("radius must be > 0 and finite");
        }
        DriverIndex { rad: radius, ids: Vec::new(), xs: Vec::new(), ys: Vec::new(), where_is: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(&i) = self.where_is.get(&id) {
            self.xs[i] = x;
            self.ys[i] = y;
            return;
        }
        self.where_is.insert(id, self.ids.len());
        self.ids.push(id);
        self.xs.push(x);
        self.ys.push(y);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let i = match self.where_is.remove(&id) {
            Some(i) => i,
            None => return false,
        };
        let last = self.ids.len() - 1;
        self.ids.swap(i, last);
        self.xs.swap(i, last);
        self.ys.swap(i, last);
        self.ids.pop();
        self.xs.pop();
        self.ys.pop();
        if i < last {
            let moved = self.ids[i];
            self.where_is.insert(moved, i);
        }
        true
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.rad * self.rad;
        let mut res: Vec<(f64, DriverId)> = Vec::new();
        let n = self.ids.len();
        let mut i = 0;
        while i < n {
            let dx = self.xs[i] - x;
            let dy = self.ys[i] - y;
            let d = dx * dx + dy * dy;
            if d <= r2 {
                res.push((d, self.ids[i]));
            }
            i += 1;
        }
        res.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(res.len());
        for (_, id) in res {
            out.push(id);
        }
        out
    }
}
