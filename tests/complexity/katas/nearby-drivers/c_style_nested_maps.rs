// learner: optimal
// idiom: C-programmer style: HashMap<(i64,i64), HashMap<id,(x,y)>> cells plus id->(x,y), while loops over dx/dy with mutable counters, manual distance, early returns
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    cells: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    pos: HashMap<DriverId, (f64, f64)>,
}

fn cell_of(r: f64, x: f64, y: f64) -> (i64, i64) {
    ((x / r).floor() as i64, (y / r).floor() as i64)
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be finite and positive, got {}", radius);
        }
        DriverIndex { r: radius, cells: HashMap::new(), pos: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        let c = cell_of(self.r, x, y);
        self.cells.entry(c).or_insert_with(HashMap::new).insert(id, (x, y));
        self.pos.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let old = match self.pos.remove(&id) {
            Some(p) => p,
            None => return false,
        };
        let c = cell_of(self.r, old.0, old.1);
        let mut empty = false;
        if let Some(m) = self.cells.get_mut(&c) {
            m.remove(&id);
            empty = m.is_empty();
        }
        if empty {
            self.cells.remove(&c);
        }
        true
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = cell_of(self.r, x, y);
        let r2 = self.r * self.r;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        let mut dx: i64 = -1;
        while dx <= 1 {
            let mut dy: i64 = -1;
            while dy <= 1 {
                if let Some(m) = self.cells.get(&(cx + dx, cy + dy)) {
                    for (&id, &(px, py)) in m {
                        let ddx = px - x;
                        let ddy = py - y;
                        let d2 = ddx * ddx + ddy * ddy;
                        if d2 <= r2 {
                            hits.push((d2, id));
                        }
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(hits.len());
        let mut i = 0;
        while i < hits.len() {
            out.push(hits[i].1);
            i += 1;
        }
        out
    }
}
