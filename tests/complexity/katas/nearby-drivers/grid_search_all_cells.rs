// learner: slow
// why: DriverIndex::update and remove are O(n) time, target O(1): the grid is right, but with no id->position map they search every cell for the driver's old entry
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), Vec<(DriverId, f64, f64)>>,
    count: usize,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive");
        }
        DriverIndex { radius, grid: HashMap::new(), count: 0 }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn unlink(&mut self, id: DriverId) -> bool {
        let mut hit: Option<((i64, i64), usize)> = None;
        for (key, list) in self.grid.iter() {
            for i in 0..list.len() {
                if list[i].0 == id {
                    hit = Some((*key, i));
                    break;
                }
            }
            if hit.is_some() {
                break;
            }
        }
        match hit {
            Some((key, i)) => {
                let list = self.grid.get_mut(&key).unwrap();
                list.swap_remove(i);
                if list.is_empty() {
                    self.grid.remove(&key);
                }
                self.count -= 1;
                true
            }
            None => false,
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.unlink(id);
        let c = self.cell(x, y);
        self.grid.entry(c).or_insert_with(Vec::new).push((id, x, y));
        self.count += 1;
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        self.unlink(id)
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1i64 {
            for dy in -1..=1i64 {
                if let Some(list) = self.grid.get(&(cx + dx, cy + dy)) {
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
        hits.into_iter().map(|h| h.1).collect()
    }
}
