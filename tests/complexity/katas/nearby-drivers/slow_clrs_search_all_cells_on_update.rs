// learner: slow
// why: DriverIndex::update/remove are O(cells) = O(n) time, target O(1): the driver's old cell is not remembered, so GRID-DELETE searches every cell's list
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    r: f64,
    grid: HashMap<(i64, i64), Vec<(DriverId, f64, f64)>>,
    count: usize,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius > 0.0 && radius.is_finite()) {
            panic!("radius must be positive and finite");
        }
        DriverIndex { r: radius, grid: HashMap::new(), count: 0 }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    /// GRID-DELETE(id): look through every cell.
    fn grid_delete(&mut self, id: DriverId) -> bool {
        let mut found = false;
        for list in self.grid.values_mut() {
            let mut i = 0;
            while i < list.len() {
                if list[i].0 == id {
                    list.swap_remove(i);
                    found = true;
                    break;
                }
                i += 1;
            }
            if found {
                break;
            }
        }
        if found {
            self.count -= 1;
        }
        found
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.grid_delete(id);
        let c = self.cell_of(x, y);
        self.grid.entry(c).or_default().push((id, x, y));
        self.count += 1;
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.grid_delete(id)
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.r * self.r;
        let mut out: Vec<(f64, DriverId)> = Vec::new();
        let mut dx = -1;
        while dx <= 1 {
            let mut dy = -1;
            while dy <= 1 {
                if let Some(list) = self.grid.get(&(cx + dx, cy + dy)) {
                    for &(id, px, py) in list {
                        let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                        if d2 <= r2 {
                            out.push((d2, id));
                        }
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        out.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        out.into_iter().map(|p| p.1).collect()
    }
}
