// learner: optimal
// idiom: Driver struct records, cells of Vec<DriverId> with a position-in-cell field, impl helpers, single 0..9 index loop, sort_unstable_by_key on (f64 bits, id)
use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Driver {
    x: f64,
    y: f64,
    cx: i64,
    cy: i64,
    pos_in_cell: usize,
}

pub struct DriverIndex {
    width: f64,
    cells: HashMap<(i64, i64), Vec<DriverId>>,
    drivers_by_id: HashMap<DriverId, Driver>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        let ok = radius.is_finite() && radius > 0.0;
        assert!(ok, "radius must be a finite positive number");
        DriverIndex { width: radius, cells: HashMap::new(), drivers_by_id: HashMap::new() }
    }

    fn cell_index(&self, v: f64) -> i64 {
        (v / self.width).floor() as i64
    }

    fn detach(&mut self, d: &Driver) {
        let list = self.cells.get_mut(&(d.cx, d.cy)).unwrap();
        let last = list.len() - 1;
        list.swap(d.pos_in_cell, last);
        list.pop();
        if d.pos_in_cell < list.len() {
            let moved_id = list[d.pos_in_cell];
            if let Some(m) = self.drivers_by_id.get_mut(&moved_id) {
                m.pos_in_cell = d.pos_in_cell;
            }
        }
        if list.is_empty() {
            self.cells.remove(&(d.cx, d.cy));
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.drivers_by_id.remove(&id) {
            self.detach(&old);
        }
        let cx = self.cell_index(x);
        let cy = self.cell_index(y);
        let list = self.cells.entry((cx, cy)).or_insert_with(Vec::new);
        list.push(id);
        let pos_in_cell = list.len() - 1;
        self.drivers_by_id.insert(id, Driver { x, y, cx, cy, pos_in_cell });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        if let Some(old) = self.drivers_by_id.remove(&id) {
            self.detach(&old);
            true
        } else {
            false
        }
    }

    pub fn len(&self) -> usize {
        self.drivers_by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let cx = self.cell_index(x);
        let cy = self.cell_index(y);
        let r2 = self.width * self.width;
        let mut out: Vec<(u64, DriverId)> = Vec::new();
        for i in 0..9 {
            let key = (cx + i / 3 - 1, cy + i % 3 - 1);
            let list = match self.cells.get(&key) {
                Some(l) => l,
                None => continue,
            };
            for j in 0..list.len() {
                let id = list[j];
                let d = &self.drivers_by_id[&id];
                let dist2 = (d.x - x) * (d.x - x) + (d.y - y) * (d.y - y);
                if dist2 <= r2 {
                    // non-negative floats order like their bit patterns
                    out.push((dist2.to_bits(), id));
                }
            }
        }
        out.sort_unstable_by_key(|&(bits, id)| (bits, id));
        out.into_iter().map(|(_, id)| id).collect()
    }
}
