// learner: optimal
// idiom: Mojo: cells are HashSet<DriverId> keyed by integer cell coords; hits sorted on one packed u128 key (squared distance bits << 32 | id)
// why: update/remove are O(1) expected set/map operations; nearby looks at the k drivers of 9 cells, sorts m packed keys: O(k + m log m)

//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    r2: f64,
    at: HashMap<DriverId, (f64, f64)>,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
}

#[inline(always)]
fn pack(d2: f64, id: DriverId) -> u128 {
    // d2 >= 0, so its IEEE bits order like the value
    ((d2.to_bits() as u128) << 32) | id as u128
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite(), "radius must be finite");
        assert!(radius > 0.0, "radius must be positive");
        DriverIndex { r: radius, r2: radius * radius, at: HashMap::new(), grid: HashMap::new() }
    }

    #[inline(always)]
    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    #[inline(always)]
    fn unhook(&mut self, id: DriverId, x: f64, y: f64) {
        let c = self.cell(x, y);
        if let Some(set) = self.grid.get_mut(&c) {
            set.remove(&id);
            if set.is_empty() {
                self.grid.remove(&c);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((ox, oy)) = self.at.insert(id, (x, y)) {
            self.unhook(id, ox, oy);
        }
        let c = self.cell(x, y);
        self.grid.entry(c).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        if let Some((x, y)) = self.at.remove(&id) {
            self.unhook(id, x, y);
            true
        } else {
            false
        }
    }

    pub fn len(&self) -> usize {
        self.at.len()
    }

    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let mut keys: Vec<u128> = Vec::new();
        for k in 0..9i64 {
            let c = (cx + k / 3 - 1, cy + k % 3 - 1);
            if let Some(set) = self.grid.get(&c) {
                for &id in set {
                    let (px, py) = self.at[&id];
                    let dx = px - x;
                    let dy = py - y;
                    let d2 = dx * dx + dy * dy;
                    if d2 <= self.r2 {
                        keys.push(pack(d2, id));
                    }
                }
            }
        }
        keys.sort_unstable();
        keys.into_iter().map(|k| k as u32).collect()
    }
}
