// learner: optimal
// idiom: hits gathered from the 9 cells into a BTreeMap keyed by (distance bits, id), so the output is ordered on insert: O(k + m log m); `self.locations` consulted per id only
use std::collections::{BTreeMap, HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), HashSet<DriverId>>,
    locations: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius > 0.0 && radius.is_finite(), "radius must be positive and finite");
        DriverIndex { radius, cells: HashMap::new(), locations: HashMap::new() }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn take_out(&mut self, id: DriverId) -> bool {
        let Some((x, y)) = self.locations.remove(&id) else { return false };
        let c = self.cell(x, y);
        let now_empty = match self.cells.get_mut(&c) {
            Some(set) => {
                set.remove(&id);
                set.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.cells.remove(&c);
        }
        true
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.take_out(id);
        let c = self.cell(x, y);
        self.cells.entry(c).or_default().insert(id);
        self.locations.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.take_out(id)
    }

    pub fn len(&self) -> usize {
        self.locations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.locations.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let limit = self.radius * self.radius;
        // squared distances are >= 0, so their bit patterns sort like the numbers
        let mut by_distance: BTreeMap<(u64, DriverId), ()> = BTreeMap::new();
        for i in cx - 1..=cx + 1 {
            for j in cy - 1..=cy + 1 {
                if let Some(ids) = self.cells.get(&(i, j)) {
                    for id in ids {
                        let (px, py) = self.locations[id];
                        let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                        if d2 <= limit {
                            by_distance.insert((d2.to_bits(), *id), ());
                        }
                    }
                }
            }
        }
        by_distance.into_keys().map(|(_, id)| id).collect()
    }
}
