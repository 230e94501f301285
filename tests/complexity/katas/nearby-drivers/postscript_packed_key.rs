// learner: optimal
// idiom: PostScript: the two cell numbers packed into one integer key (like building a single name from two numbers), cells as id sets; each driver record carries its packed key so moving or leaving needs no recomputation
// why: update/remove are O(1) expected set/map operations; nearby looks at 9 packed keys, reads k drivers and sorts the m hits: O(k + m log m)
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

use std::collections::{HashMap, HashSet};

/// pack (cx, cy) into one u128: high half cx, low half cy (both as raw bits)
fn pack(cx: i64, cy: i64) -> u128 {
    ((cx as u64 as u128) << 64) | (cy as u64 as u128)
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<u128, HashSet<DriverId>>,
    book: HashMap<DriverId, (f64, f64, u128)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0 (got {})", radius);
        DriverIndex { radius, cells: HashMap::new(), book: HashMap::new() }
    }

    fn coords(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn forget(&mut self, id: DriverId, key: u128) {
        let mut gone = false;
        if let Some(set) = self.cells.get_mut(&key) {
            set.remove(&id);
            gone = set.is_empty();
        }
        if gone {
            self.cells.remove(&key);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let (cx, cy) = self.coords(x, y);
        let key = pack(cx, cy);
        if let Some(&(_, _, old)) = self.book.get(&id) {
            if old != key {
                self.forget(id, old);
            }
        }
        self.cells.entry(key).or_insert_with(HashSet::new).insert(id);
        self.book.insert(id, (x, y, key));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some((_, _, key)) = self.book.remove(&id) else {
            return false;
        };
        self.forget(id, key);
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.book.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.coords(x, y);
        let limit = self.radius * self.radius;
        let mut pile: Vec<(f64, DriverId)> = Vec::new();
        let mut k = 0;
        while k < 9 {
            let key = pack(cx + (k % 3) as i64 - 1, cy + (k / 3) as i64 - 1);
            if let Some(set) = self.cells.get(&key) {
                for &id in set {
                    let (px, py, _) = self.book[&id];
                    let d = (px - x).powi(2) + (py - y).powi(2);
                    if d <= limit {
                        pile.push((d, id));
                    }
                }
            }
            k += 1;
        }
        pile.sort_unstable_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        pile.iter().map(|p| p.1).collect()
    }
}
