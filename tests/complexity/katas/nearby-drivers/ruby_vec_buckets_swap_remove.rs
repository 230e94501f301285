// learner: optimal
// idiom: Ruby-ish impl with Vec buckets per cell, swap_remove plus back-pointer fixup, and_then/map_or chains
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Spot {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize,
}

pub struct DriverIndex {
    radius: f64,
    buckets: HashMap<(i64, i64), Vec<DriverId>>,
    spots: HashMap<DriverId, Spot>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be a finite positive number");
        }
        Self { radius, buckets: HashMap::new(), spots: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.detach(id);
        let cell = self.key(x, y);
        let bucket = self.buckets.entry(cell).or_default();
        bucket.push(id);
        let slot = bucket.len() - 1;
        self.spots.insert(id, Spot { x, y, cell, slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.detach(id).is_some()
    }

    pub fn len(&self) -> usize {
        self.spots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let reach = self.radius * self.radius;
        let mut found = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let ids = self.buckets.get(&(cx + dx, cy + dy)).map_or(&[][..], |v| v.as_slice());
                found.extend(ids.iter().filter_map(|id| {
                    self.spots.get(id).and_then(|s| {
                        let d2 = (s.x - x) * (s.x - x) + (s.y - y) * (s.y - y);
                        (d2 <= reach).then_some((d2, *id))
                    })
                }));
            }
        }
        found.sort_by(|(da, ia), (db, ib)| da.partial_cmp(db).unwrap().then(ia.cmp(ib)));
        found.into_iter().map(|(_, id)| id).collect()
    }

    // private helpers

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    /// Takes the driver out of its bucket; returns its old spot.
    fn detach(&mut self, id: DriverId) -> Option<Spot> {
        let spot = self.spots.remove(&id)?;
        let bucket = self.buckets.get_mut(&spot.cell)?;
        bucket.swap_remove(spot.slot);
        if let Some(moved) = bucket.get(spot.slot).copied() {
            if let Some(s) = self.spots.get_mut(&moved) {
                s.slot = spot.slot;
            }
        }
        if bucket.is_empty() {
            self.buckets.remove(&spot.cell);
        }
        Some(spot)
    }
}
