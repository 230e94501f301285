// learner: optimal
// idiom: ROS-style C++ port: GridKey/Slot structs, Vec buckets with swap_remove + back-pointer, index loops over a 3x3 stencil
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct GridKey {
    ix: i64,
    iy: i64,
}

#[derive(Clone, Copy, Debug)]
struct Pose {
    x: f64,
    y: f64,
    key: GridKey,
    slot: usize, // position inside the cell bucket
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    id: DriverId,
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    resolution: f64,
    grid: HashMap<GridKey, Vec<Entry>>,
    poses: HashMap<DriverId, Pose>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and > 0, got {}", radius);
        }
        DriverIndex {
            resolution: radius,
            grid: HashMap::new(),
            poses: HashMap::new(),
        }
    }

    fn world_to_grid(&self, x: f64, y: f64) -> GridKey {
        GridKey {
            ix: (x / self.resolution).floor() as i64,
            iy: (y / self.resolution).floor() as i64,
        }
    }

    // Detach the entry at `slot` of cell `key`; fix the back-pointer of the
    // entry that swap_remove moved into the hole.
    fn detach(&mut self, key: GridKey, slot: usize) {
        let mut drop_cell = false;
        if let Some(bucket) = self.grid.get_mut(&key) {
            bucket.swap_remove(slot);
            if slot < bucket.len() {
                let moved_id = bucket[slot].id;
                if let Some(p) = self.poses.get_mut(&moved_id) {
                    p.slot = slot;
                }
            }
            drop_cell = bucket.is_empty();
        }
        if drop_cell {
            self.grid.remove(&key);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let key = self.world_to_grid(x, y);
        if let Some(old) = self.poses.get(&id).copied() {
            if old.key == key {
                // same cell: just overwrite the stored coordinates
                let bucket = self.grid.get_mut(&key).expect("cell exists");
                bucket[old.slot].x = x;
                bucket[old.slot].y = y;
                let p = self.poses.get_mut(&id).unwrap();
                p.x = x;
                p.y = y;
                return;
            }
            self.detach(old.key, old.slot);
        }
        let bucket = self.grid.entry(key).or_default();
        let slot = bucket.len();
        bucket.push(Entry { id, x, y });
        self.poses.insert(id, Pose { x, y, key, slot });
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.poses.remove(&id) {
            Some(p) => {
                self.detach(p.key, p.slot);
                true
            }
            None => false,
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.poses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.poses.len() == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let center = self.world_to_grid(x, y);
        let r2 = self.resolution * self.resolution;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        let mut dx: i64 = -1;
        while dx <= 1 {
            let mut dy: i64 = -1;
            while dy <= 1 {
                let key = GridKey { ix: center.ix + dx, iy: center.iy + dy };
                if let Some(bucket) = self.grid.get(&key) {
                    for i in 0..bucket.len() {
                        let e = &bucket[i];
                        let ex = e.x - x;
                        let ey = e.y - y;
                        let d2 = ex * ex + ey * ey;
                        if d2 <= r2 {
                            hits.push((d2, e.id));
                        }
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(hits.len());
        for i in 0..hits.len() {
            out.push(hits[i].1);
        }
        out
    }
}
