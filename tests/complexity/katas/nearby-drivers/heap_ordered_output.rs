// learner: optimal
// idiom: beginner-style struct with many small private fns, cells of HashMap<id, ()>-like HashMap<DriverId, usize> pointing into a slab Vec with free list, results ordered through a BinaryHeap of Reverse((dist bits, id))
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Spot {
    id: DriverId,
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    radius: f64,
    slab: Vec<Option<Spot>>,
    free_slots: Vec<usize>,
    slot_of: HashMap<DriverId, usize>,
    grid: HashMap<(i64, i64), HashMap<DriverId, usize>>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() {
            panic!("radius must be finite");
        }
        if radius <= 0.0 {
            panic!("radius must be positive");
        }
        DriverIndex {
            radius,
            slab: Vec::new(),
            free_slots: Vec::new(),
            slot_of: HashMap::new(),
            grid: HashMap::new(),
        }
    }

    fn key_for(&self, x: f64, y: f64) -> (i64, i64) {
        let cx = (x / self.radius).floor() as i64;
        let cy = (y / self.radius).floor() as i64;
        (cx, cy)
    }

    fn allocate_slot(&mut self, spot: Spot) -> usize {
        match self.free_slots.pop() {
            Some(slot) => {
                self.slab[slot] = Some(spot);
                slot
            }
            None => {
                self.slab.push(Some(spot));
                self.slab.len() - 1
            }
        }
    }

    fn release_slot(&mut self, slot: usize) -> Option<Spot> {
        let old = self.slab[slot].take();
        self.free_slots.push(slot);
        old
    }

    fn take_out_of_grid(&mut self, spot: Spot) {
        let key = self.key_for(spot.x, spot.y);
        let mut cell_is_empty = false;
        if let Some(cell) = self.grid.get_mut(&key) {
            cell.remove(&spot.id);
            cell_is_empty = cell.is_empty();
        }
        if cell_is_empty {
            self.grid.remove(&key);
        }
    }

    fn put_into_grid(&mut self, spot: Spot, slot: usize) {
        let key = self.key_for(spot.x, spot.y);
        let cell = self.grid.entry(key).or_insert_with(HashMap::new);
        cell.insert(spot.id, slot);
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.remove(id);
        let spot = Spot { id, x, y };
        let slot = self.allocate_slot(spot);
        self.slot_of.insert(id, slot);
        self.put_into_grid(spot, slot);
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let slot = match self.slot_of.remove(&id) {
            Some(slot) => slot,
            None => return false,
        };
        if let Some(spot) = self.release_slot(slot) {
            self.take_out_of_grid(spot);
        }
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn squared_distance(spot: &Spot, x: f64, y: f64) -> f64 {
        let dx = spot.x - x;
        let dy = spot.y - y;
        dx * dx + dy * dy
    }

    fn collect_from_cell(&self, key: (i64, i64), x: f64, y: f64, into: &mut BinaryHeap<Reverse<(u64, DriverId)>>) {
        let cell = match self.grid.get(&key) {
            Some(cell) => cell,
            None => return,
        };
        let limit = self.radius * self.radius;
        for (_, &slot) in cell {
            if let Some(spot) = &self.slab[slot] {
                let d = Self::squared_distance(spot, x, y);
                if d <= limit {
                    // non-negative floats order the same way as their bit patterns
                    into.push(Reverse((d.to_bits(), spot.id)));
                }
            }
        }
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key_for(x, y);
        let mut found = BinaryHeap::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                self.collect_from_cell((cx + dx, cy + dy), x, y, &mut found);
            }
        }
        let mut answer = Vec::with_capacity(found.len());
        while let Some(Reverse((_, id))) = found.pop() {
            answer.push(id);
        }
        answer
    }
}
