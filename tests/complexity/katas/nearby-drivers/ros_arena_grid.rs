// learner: optimal
// idiom: ROS-style occupancy-grid node: driver arena Vec with free list, cells hold arena indices, nested for-loops, early returns
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Agent {
    id: DriverId,
    x: f64,
    y: f64,
    cx: i64,
    cy: i64,
    pos_in_cell: usize,
}

pub struct DriverIndex {
    cell_size: f64,
    agents: Vec<Agent>,          // arena
    free_slots: Vec<usize>,      // recycled arena slots
    lookup: HashMap<DriverId, usize>, // id -> arena slot
    cells: HashMap<(i64, i64), Vec<usize>>, // cell -> arena slots
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be a finite positive number");
        DriverIndex {
            cell_size: radius,
            agents: Vec::new(),
            free_slots: Vec::new(),
            lookup: HashMap::new(),
            cells: HashMap::new(),
        }
    }

    fn cell_index(&self, v: f64) -> i64 {
        (v / self.cell_size).floor() as i64
    }

    fn unlink(&mut self, slot: usize) {
        let a = self.agents[slot];
        let key = (a.cx, a.cy);
        let list = match self.cells.get_mut(&key) {
            Some(l) => l,
            None => return,
        };
        let p = a.pos_in_cell;
        list.swap_remove(p);
        if p < list.len() {
            let moved = list[p];
            self.agents[moved].pos_in_cell = p;
        }
        if list.is_empty() {
            self.cells.remove(&key);
        }
    }

    fn link(&mut self, slot: usize) {
        let key = (self.agents[slot].cx, self.agents[slot].cy);
        let list = self.cells.entry(key).or_insert_with(Vec::new);
        self.agents[slot].pos_in_cell = list.len();
        list.push(slot);
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cx = self.cell_index(x);
        let cy = self.cell_index(y);
        if let Some(&slot) = self.lookup.get(&id) {
            self.agents[slot].x = x;
            self.agents[slot].y = y;
            if self.agents[slot].cx == cx && self.agents[slot].cy == cy {
                return;
            }
            self.unlink(slot);
            self.agents[slot].cx = cx;
            self.agents[slot].cy = cy;
            self.link(slot);
            return;
        }
        let agent = Agent { id, x, y, cx, cy, pos_in_cell: 0 };
        let slot = if let Some(s) = self.free_slots.pop() {
            self.agents[s] = agent;
            s
        } else {
            self.agents.push(agent);
            self.agents.len() - 1
        };
        self.lookup.insert(id, slot);
        self.link(slot);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let slot = match self.lookup.remove(&id) {
            Some(s) => s,
            None => return false,
        };
        self.unlink(slot);
        self.free_slots.push(slot);
        true
    }

    pub fn len(&self) -> usize {
        self.lookup.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lookup.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let cx = self.cell_index(x);
        let cy = self.cell_index(y);
        let limit = self.cell_size * self.cell_size;
        let mut scored: Vec<(f64, DriverId)> = Vec::new();
        for ix in (cx - 1)..=(cx + 1) {
            for iy in (cy - 1)..=(cy + 1) {
                let list = match self.cells.get(&(ix, iy)) {
                    Some(l) => l,
                    None => continue,
                };
                for &slot in list {
                    let a = &self.agents[slot];
                    let d = (a.x - x) * (a.x - x) + (a.y - y) * (a.y - y);
                    if d <= limit {
                        scored.push((d, a.id));
                    }
                }
            }
        }
        scored.sort_unstable_by(|p, q| p.partial_cmp(q).unwrap());
        let mut ids = Vec::with_capacity(scored.len());
        for (_, id) in scored {
            ids.push(id);
        }
        ids
    }
}
