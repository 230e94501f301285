// learner: slow
// why: DriverIndex::update/remove are O(cells + n) time, target O(1): without a driver -> cell map, they retain() through every cell to find the old entry
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    grid: HashMap<(i64, i64), Vec<(DriverId, f64, f64)>>,
    count: usize,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius > 0.0 && radius.is_finite()) {
            panic!("radius must be positive and finite");
        }
        DriverIndex { radius: radius, grid: HashMap::new(), count: 0 }
    }

    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        let c: (i64, i64) = self.cell(x, y);
        self.grid.entry(c).or_insert_with(Vec::new).push((id, x, y));
        self.count += 1;
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let mut found: bool = false;
        for list in self.grid.values_mut() {
            let before: usize = list.len();
            list.retain(|entry| entry.0 != id);
            if list.len() != before {
                found = true;
            }
        }
        self.grid.retain(|_, list| !list.is_empty());
        if found {
            self.count -= 1;
        }
        found
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy): (i64, i64) = self.cell(x, y);
        let r2: f64 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1i64..=1 {
            for dy in -1i64..=1 {
                if let Some(list) = self.grid.get(&(cx + dx, cy + dy)) {
                    for &(id, px, py) in list.iter() {
                        let d2: f64 = (px - x) * (px - x) + (py - y) * (py - y);
                        if d2 <= r2 {
                            hits.push((d2, id));
                        }
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut ids: Vec<DriverId> = Vec::with_capacity(hits.len());
        for (_, id) in hits {
            ids.push(id);
        }
        ids
    }
}
