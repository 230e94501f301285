// learner: optimal
// idiom: packed i128 cell key, each cell a HashMap<id, (x, y)>, iterator chain flat_map over the 3x3 offsets
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    buckets: HashMap<i128, HashMap<DriverId, (f64, f64)>>,
    home: HashMap<DriverId, i128>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite(), "radius must be finite");
        assert!(radius > 0.0, "radius must be positive");
        DriverIndex { r: radius, buckets: HashMap::new(), home: HashMap::new() }
    }

    fn key(i: i64, j: i64) -> i128 {
        ((i as i128) << 64) | (j as u64 as i128)
    }

    fn coords(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let (i, j) = self.coords(x, y);
        let k = Self::key(i, j);
        match self.home.insert(id, k) {
            Some(old) if old != k => {
                if let Some(b) = self.buckets.get_mut(&old) {
                    b.remove(&id);
                    if b.is_empty() {
                        self.buckets.remove(&old);
                    }
                }
            }
            _ => {}
        }
        self.buckets.entry(k).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.home.remove(&id) {
            None => false,
            Some(k) => {
                let b = self.buckets.get_mut(&k).unwrap();
                b.remove(&id);
                if b.is_empty() {
                    self.buckets.remove(&k);
                }
                true
            }
        }
    }

    pub fn len(&self) -> usize {
        self.home.len()
    }

    pub fn is_empty(&self) -> bool {
        self.home.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (ci, cj) = self.coords(x, y);
        let rr = self.r * self.r;
        let mut within: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|di| (-1..=1).map(move |dj| Self::key(ci + di, cj + dj)))
            .filter_map(|k| self.buckets.get(&k))
            .flat_map(|b| b.iter())
            .map(|(&id, &(px, py))| ((px - x).hypot(py - y), id))
            .filter(|&(d, _)| d <= self.r || d * d <= rr)
            .collect();
        within.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        within.into_iter().map(|(_, id)| id).collect()
    }
}
