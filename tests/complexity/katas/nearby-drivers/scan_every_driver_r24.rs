// learner: slow
// idiom: Lua game modder: one flat table of drivers {id -> x, y}, nearby loops over every entry like pairs(drivers)
// why: DriverIndex::nearby is O(n + m log m) per search (scans all n drivers, ignores the grid) vs the O(k + m log m) target; update/remove are O(1)
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    drivers: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius > 0.0) || radius.is_infinite() {
            panic!("radius must be > 0 and finite");
        }
        DriverIndex { radius: radius, drivers: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.drivers.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.drivers.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.drivers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.drivers.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut near: Vec<(f64, DriverId)> = Vec::new();
        for (id, pos) in self.drivers.iter() {
            let dx = pos.0 - x;
            let dy = pos.1 - y;
            let d2 = dx * dx + dy * dy;
            if d2 <= r2 {
                near.push((d2, *id));
            }
        }
        near.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut ids = Vec::new();
        for i in 0..near.len() {
            ids.push(near[i].1);
        }
        ids
    }
}
