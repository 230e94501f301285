// learner: optimal
// idiom: Kotlin-ish: cells hold Vec<DriverId>, each driver remembers its cell and slot (data class), O(1) swap_remove with back-patching, when-style matches
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Debug, Clone, Copy)]
struct Spot {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize,
}

pub struct DriverIndex {
    size: f64,
    grid: HashMap<(i64, i64), Vec<DriverId>>,
    spots: HashMap<DriverId, Spot>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("invalid radius {radius}: must be finite and > 0");
        }
        Self { size: radius, grid: HashMap::new(), spots: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        let kx = (x / self.size).floor() as i64;
        let ky = (y / self.size).floor() as i64;
        (kx, ky)
    }

    /// Take `id` out of its cell's Vec in O(1): swap with the last and patch the moved driver's slot.
    fn unlink(&mut self, id: DriverId, spot: Spot) {
        let mut drop_cell = false;
        if let Some(list) = self.grid.get_mut(&spot.cell) {
            list.swap_remove(spot.slot);
            match list.get(spot.slot) {
                Some(&moved) => {
                    if let Some(s) = self.spots.get_mut(&moved) {
                        s.slot = spot.slot;
                    }
                }
                None => {}
            }
            drop_cell = list.is_empty();
        }
        if drop_cell {
            self.grid.remove(&spot.cell);
        }
        let _ = id;
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.spots.remove(&id) {
            self.unlink(id, old);
        }
        let cell = self.key(x, y);
        let list = self.grid.entry(cell).or_insert_with(Vec::new);
        list.push(id);
        let slot = list.len() - 1;
        self.spots.insert(id, Spot { x, y, cell, slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.spots.remove(&id) {
            Some(old) => {
                self.unlink(id, old);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.spots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let limit = self.size * self.size;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1i64..=1 {
            for dy in -1i64..=1 {
                let Some(ids) = self.grid.get(&(cx + dx, cy + dy)) else { continue };
                for id in ids {
                    let s = &self.spots[id];
                    let (ex, ey) = (s.x - x, s.y - y);
                    let d = ex * ex + ey * ey;
                    if d <= limit {
                        found.push((d, *id));
                    }
                }
            }
        }
        found.sort_unstable_by(|a, b| match a.0.partial_cmp(&b.0) {
            Some(std::cmp::Ordering::Equal) | None => a.1.cmp(&b.1),
            Some(o) => o,
        });
        found.into_iter().map(|p| p.1).collect()
    }
}
