// learner: optimal
// idiom: Perl-veteran: hash of arrays (cell -> Vec of ids) with swap_remove and a per-driver slot index patched after the swap, nested index loops
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    g: HashMap<(i64, i64), Vec<DriverId>>,
    // id -> (x, y, cell, slot in g[cell])
    d: HashMap<DriverId, (f64, f64, (i64, i64), usize)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("bad radius {radius}");
        }
        DriverIndex { r: radius, g: HashMap::new(), d: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    fn unlink(&mut self, c: (i64, i64), s: usize) {
        let v = self.g.get_mut(&c).unwrap();
        v.swap_remove(s);
        if s < v.len() {
            let moved = v[s];
            self.d.get_mut(&moved).unwrap().3 = s;
        } else if v.is_empty() {
            self.g.remove(&c);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let k = self.key(x, y);
        if let Some(&(_, _, c, s)) = self.d.get(&id) {
            if c == k {
                let e = self.d.get_mut(&id).unwrap();
                e.0 = x;
                e.1 = y;
                return;
            }
            self.unlink(c, s);
        }
        let v = self.g.entry(k).or_default();
        v.push(id);
        let s = v.len() - 1;
        self.d.insert(id, (x, y, k, s));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some((_, _, c, s)) = self.d.remove(&id) else { return false };
        self.unlink(c, s);
        true
    }

    pub fn len(&self) -> usize {
        self.d.len()
    }

    pub fn is_empty(&self) -> bool {
        self.d.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let rr = self.r * self.r;
        let mut o: Vec<(f64, DriverId)> = Vec::new();
        for i in cx - 1..=cx + 1 {
            for j in cy - 1..=cy + 1 {
                let Some(v) = self.g.get(&(i, j)) else { continue };
                for &id in v {
                    let (px, py, _, _) = self.d[&id];
                    let q = (px - x) * (px - x) + (py - y) * (py - y);
                    if q <= rr {
                        o.push((q, id));
                    }
                }
            }
        }
        o.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        o.into_iter().map(|p| p.1).collect()
    }
}
