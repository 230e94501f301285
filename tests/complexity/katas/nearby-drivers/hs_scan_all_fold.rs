// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): filters every known driver instead of the 3x3 cells
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy, Debug)]
struct Pos(f64, f64);

#[derive(Clone, Copy, Debug)]
struct Radius(f64);

pub struct DriverIndex {
    radius: Radius,
    fleet: HashMap<DriverId, Pos>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        match radius {
            r if r.is_finite() && r > 0.0 => DriverIndex { radius: Radius(r), fleet: HashMap::new() },
            bad => panic!("radius must be finite and positive, got {bad}"),
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.fleet.insert(id, Pos(x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.fleet.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.fleet.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fleet.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let Radius(r) = self.radius;
        let mut hits = self.fleet.iter().fold(Vec::new(), |mut acc, (&id, &Pos(px, py))| {
            let d = (px - x).powi(2) + (py - y).powi(2);
            if d <= r * r {
                acc.push((d, id));
            }
            acc
        });
        hits.sort_by(|(da, ia), (db, ib)| da.total_cmp(db).then(ia.cmp(ib)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
