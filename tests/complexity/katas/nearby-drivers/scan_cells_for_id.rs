// learner: slow
// idiom: Unity C# game developer: grid of cell lists but no id->cell lookup table, so update/remove hunt through every cell like FindObjectOfType
// why: update and remove are O(n) (they search every cell's list for the driver) vs the O(1) expected target; nearby is fine at O(k + m log m)
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
    cellSize: f64,
    grid: HashMap<(i64, i64), Vec<Driver>>,
    count: usize,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("DriverIndex: radius must be a positive finite number");
        }
        DriverIndex { cellSize: radius, grid: HashMap::new(), count: 0 }
    }

    fn GetCell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.cellSize).floor() as i64, (y / self.cellSize).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        let cell = self.GetCell(x, y);
        self.grid.entry(cell).or_insert_with(Vec::new).push(Driver { id, x, y });
        self.count += 1;
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let mut foundCell = None;
        for (cell, list) in self.grid.iter_mut() {
            if let Some(i) = list.iter().position(|d| d.id == id) {
                list.remove(i);
                foundCell = Some(*cell);
                break;
            }
        }
        match foundCell {
            Some(cell) => {
                if self.grid[&cell].is_empty() {
                    self.grid.remove(&cell);
                }
                self.count -= 1;
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.GetCell(x, y);
        let r2 = self.cellSize * self.cellSize;
        let mut results: Vec<(f64, DriverId)> = Vec::new();
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                if let Some(list) = self.grid.get(&(gx, gy)) {
                    for d in list {
                        let sqr = (d.x - x) * (d.x - x) + (d.y - y) * (d.y - y);
                        if sqr <= r2 {
                            results.push((sqr, d.id));
                        }
                    }
                }
            }
        }
        results.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        results.iter().map(|r| r.1).collect()
    }
}
