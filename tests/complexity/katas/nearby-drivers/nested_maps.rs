// learner: optimal
// idiom: hint-shaped: HashMap<cell, HashMap<id, (x, y)>> plus id -> cell map, while loops over offsets, if-heavy
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    buckets: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    home: HashMap<DriverId, (i64, i64)>,
}

fn bucket_of(r: f64, x: f64, y: f64) -> (i64, i64) {
    ((x / r).floor() as i64, (y / r).floor() as i64)
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("invalid radius {radius}: it must be finite and positive");
        }
        DriverIndex { r: radius, buckets: HashMap::new(), home: HashMap::new() }
    }

    fn unlink(&mut self, id: DriverId, cell: (i64, i64)) {
        if let Some(b) = self.buckets.get_mut(&cell) {
            b.remove(&id);
            if b.is_empty() {
                self.buckets.remove(&cell);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = bucket_of(self.r, x, y);
        if let Some(old) = self.home.insert(id, cell) {
            if old != cell {
                self.unlink(id, old);
            }
        }
        self.buckets.entry(cell).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        if let Some(cell) = self.home.remove(&id) {
            self.unlink(id, cell);
            true
        } else {
            false
        }
    }

    pub fn len(&self) -> usize {
        self.home.len()
    }

    pub fn is_empty(&self) -> bool {
        self.home.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = bucket_of(self.r, x, y);
        let mut close = Vec::new();
        let mut dx = -1;
        while dx <= 1 {
            let mut dy = -1;
            while dy <= 1 {
                if let Some(b) = self.buckets.get(&(cx + dx, cy + dy)) {
                    for (&id, &(px, py)) in b {
                        let d = ((px - x) * (px - x) + (py - y) * (py - y)).sqrt();
                        if d <= self.r {
                            close.push((d, id));
                        }
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        close.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        close.into_iter().map(|p| p.1).collect()
    }
}
