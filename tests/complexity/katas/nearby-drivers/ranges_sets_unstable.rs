// learner: optimal
// idiom: C++-style: HashSet<DriverId> per cell (like unordered_set), positions map, std::array of 9 offsets, sort_unstable_by_key on a total-order key
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

const OFFSETS: [(i64, i64); 9] = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 0), (0, 1), (1, -1), (1, 0), (1, 1)];

pub struct DriverIndex {
    r: f64,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
    at: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("invalid radius {radius}");
        }
        Self { r: radius, grid: HashMap::new(), at: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    fn unlink(&mut self, id: DriverId, (x, y): (f64, f64)) {
        let k = self.key(x, y);
        let now_empty = self.grid.get_mut(&k).map(|s| s.remove(&id) && s.is_empty()).unwrap_or(false);
        if now_empty {
            self.grid.remove(&k);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let k = self.key(x, y);
        match self.at.insert(id, (x, y)) {
            Some(old) if self.key(old.0, old.1) == k => return,
            Some(old) => self.unlink(id, old),
            None => {}
        }
        self.grid.entry(k).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.at.remove(&id) {
            Some(old) => {
                self.unlink(id, old);
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
        let (cx, cy) = self.key(x, y);
        let lim = self.r * self.r;
        let mut out: Vec<(u64, DriverId)> = OFFSETS
            .iter()
            .filter_map(|&(dx, dy)| self.grid.get(&(cx + dx, cy + dy)))
            .flatten()
            .filter_map(|&id| {
                let (px, py) = self.at[&id];
                let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                // non-negative finite floats order like their bit patterns
                (d2 <= lim).then_some((d2.to_bits(), id))
            })
            .collect();
        out.sort_unstable();
        out.into_iter().map(|(_, id)| id).collect()
    }
}
