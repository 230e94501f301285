// learner: slow
// why: DriverIndex::update and remove are O(n) time, target O(1): with no id->cell map, they look through every cell's Vec to find the driver
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Driver {
    id: DriverId,
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    size: f64,
    grid: HashMap<(i64, i64), Vec<Driver>>,
    count: usize,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be finite and positive");
        }
        DriverIndex { size: radius, grid: HashMap::new(), count: 0 }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.size).floor() as i64, (y / self.size).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        let k = self.key(x, y);
        self.grid.entry(k).or_default().push(Driver { id, x, y });
        self.count += 1;
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        for list in self.grid.values_mut() {
            if let Some(i) = list.iter().position(|d| d.id == id) {
                list.swap_remove(i);
                self.count -= 1;
                return true;
            }
        }
        false
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let r2 = self.size * self.size;
        let mut out: Vec<(f64, DriverId)> = Vec::new();
        for i in cx - 1..=cx + 1 {
            for j in cy - 1..=cy + 1 {
                if let Some(list) = self.grid.get(&(i, j)) {
                    for d in list {
                        let d2 = (d.x - x) * (d.x - x) + (d.y - y) * (d.y - y);
                        if d2 <= r2 {
                            out.push((d2, d.id));
                        }
                    }
                }
            }
        }
        out.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        out.into_iter().map(|(_, id)| id).collect()
    }
}
