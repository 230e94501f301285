// learner: slow
// idiom: vala: grid of per-cell lists but no id->position table, so update/remove hunt for the driver in every cell
// why: misses update/remove O(1): without a back-reference they search all cells, O(n) per call; nearby itself is fine
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), Vec<(DriverId, f64, f64)>>,
    count: usize,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be > 0 and finite");
        }
        DriverIndex { radius, cells: HashMap::new(), count: 0 }
    }

    fn cell_key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    /// Looks through every cell for the driver and takes it out.
    fn take_driver(&mut self, id: DriverId) -> bool {
        let mut found_key: Option<(i64, i64)> = None;
        for (key, list) in self.cells.iter_mut() {
            let mut i = 0;
            while i < list.len() {
                if list[i].0 == id {
                    list.swap_remove(i);
                    found_key = Some(*key);
                    break;
                }
                i += 1;
            }
            if found_key.is_some() {
                break;
            }
        }
        match found_key {
            Some(key) => {
                if self.cells.get(&key).map(|l| l.is_empty()).unwrap_or(false) {
                    self.cells.remove(&key);
                }
                self.count -= 1;
                true
            }
            None => false,
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.take_driver(id);
        let key = self.cell_key(x, y);
        self.cells.entry(key).or_default().push((id, x, y));
        self.count += 1;
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.take_driver(id)
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_key(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                if let Some(list) = self.cells.get(&(cx + dx, cy + dy)) {
                    for &(id, px, py) in list {
                        let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                        if d2 <= r2 {
                            hits.push((d2, id));
                        }
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
