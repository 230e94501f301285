// learner: optimal
// idiom: Unity C# game developer: object-pool style, drivers live in a Vec of structs (free list of slots), cells hold slot indices, generic neighbour iterator
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Transform {
    id: DriverId,
    x: f64,
    y: f64,
    cell: (i64, i64),
    index_in_cell: usize,
}

pub struct DriverIndex {
    radius: f64,
    pool: Vec<Option<Transform>>,
    free_slots: Vec<usize>,
    slot_of: HashMap<DriverId, usize>,
    grid: HashMap<(i64, i64), Vec<usize>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius > 0.0 && radius.is_finite(), "radius must be finite and > 0 (got {radius})");
        Self { radius, pool: Vec::new(), free_slots: Vec::new(), slot_of: HashMap::new(), grid: HashMap::new() }
    }

    #[inline]
    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn unlink(&mut self, slot: usize) {
        let t = self.pool[slot].expect("live slot");
        let bucket = self.grid.get_mut(&t.cell).expect("cell of a live driver");
        bucket.swap_remove(t.index_in_cell);
        if let Some(&moved) = bucket.get(t.index_in_cell) {
            if let Some(m) = self.pool[moved].as_mut() {
                m.index_in_cell = t.index_in_cell;
            }
        }
        if bucket.is_empty() {
            self.grid.remove(&t.cell);
        }
    }

    fn link(&mut self, slot: usize) {
        let cell = self.pool[slot].expect("live slot").cell;
        let bucket = self.grid.entry(cell).or_default();
        bucket.push(slot);
        let idx = bucket.len() - 1;
        if let Some(t) = self.pool[slot].as_mut() {
            t.index_in_cell = idx;
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cell_of(x, y);
        if let Some(&slot) = self.slot_of.get(&id) {
            let old = self.pool[slot].expect("live slot");
            if old.cell != cell {
                self.unlink(slot);
                self.pool[slot] = Some(Transform { id, x, y, cell, index_in_cell: 0 });
                self.link(slot);
            } else {
                self.pool[slot] = Some(Transform { x, y, ..old });
            }
            return;
        }
        let t = Some(Transform { id, x, y, cell, index_in_cell: 0 });
        let slot = match self.free_slots.pop() {
            Some(s) => {
                self.pool[s] = t;
                s
            }
            None => {
                self.pool.push(t);
                self.pool.len() - 1
            }
        };
        self.slot_of.insert(id, slot);
        self.link(slot);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(slot) = self.slot_of.remove(&id) else { return false };
        self.unlink(slot);
        self.pool[slot] = None;
        self.free_slots.push(slot);
        true
    }

    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slot_of.is_empty()
    }

    fn neighbourhood(&self, x: f64, y: f64) -> impl Iterator<Item = &Transform> + '_ {
        let (cx, cy) = self.cell_of(x, y);
        (-1..=1i64)
            .flat_map(move |dx| (-1..=1i64).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(move |c| self.grid.get(&c))
            .flatten()
            .filter_map(move |&slot| self.pool[slot].as_ref())
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = self
            .neighbourhood(x, y)
            .map(|t| ((t.x - x).powi(2) + (t.y - y).powi(2), t.id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        hits.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
