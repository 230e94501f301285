// learner: optimal
// idiom: competitive: terse names, cells of Vec<(id,x,y)> with swap_remove and a per-driver slot fix-up, sort_unstable_by_key on (f64 bits, id) since squared distances are >= 0
//! Find the drivers near a rider quickly, with a grid index over positions.
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    g: HashMap<(i64, i64), Vec<(DriverId, f64, f64)>>,
    at: HashMap<DriverId, ((i64, i64), usize)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "bad radius {radius}");
        DriverIndex { r: radius, g: HashMap::new(), at: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    fn unplace(&mut self, k: (i64, i64), i: usize) {
        let v = self.g.get_mut(&k).unwrap();
        v.swap_remove(i);
        if let Some(&(moved, _, _)) = v.get(i) {
            self.at.get_mut(&moved).unwrap().1 = i;
        }
        if v.is_empty() {
            self.g.remove(&k);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((k, i)) = self.at.remove(&id) {
            self.unplace(k, i);
        }
        let k = self.key(x, y);
        let v = self.g.entry(k).or_default();
        v.push((id, x, y));
        let i = v.len() - 1;
        self.at.insert(id, (k, i));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.at.remove(&id) {
            Some((k, i)) => {
                self.unplace(k, i);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (a, b) = self.key(x, y);
        let rr = self.r * self.r;
        let mut h: Vec<(u64, DriverId)> = Vec::new();
        for k in 0..9i64 {
            if let Some(v) = self.g.get(&(a + k / 3 - 1, b + k % 3 - 1)) {
                for &(id, px, py) in v {
                    let d = (px - x).powi(2) + (py - y).powi(2);
                    if d <= rr {
                        h.push(((d + 0.0).to_bits(), id));
                    }
                }
            }
        }
        h.sort_unstable_by_key(|&(d, id)| (d, id));
        h.into_iter().map(|(_, id)| id).collect()
    }
}
