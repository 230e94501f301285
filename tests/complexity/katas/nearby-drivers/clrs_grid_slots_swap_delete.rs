// learner: optimal
// idiom: textbook procedures CELL-OF / GRID-INSERT / GRID-DELETE; each cell a Vec with O(1) swap-delete, every driver remembers its slot; while loops over the 3x3 block
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

struct Record {
    x: f64,
    y: f64,
    cell: Cell,
    slot: usize,
}

pub struct DriverIndex {
    r: f64,
    grid: HashMap<Cell, Vec<DriverId>>,
    records: HashMap<DriverId, Record>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("the search radius must be finite and positive, got {radius}");
        }
        DriverIndex { r: radius, grid: HashMap::new(), records: HashMap::new() }
    }

    /// CELL-OF(x, y)
    fn cell_of(&self, x: f64, y: f64) -> Cell {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    /// GRID-INSERT(c, id): returns the slot used.
    fn grid_insert(&mut self, c: Cell, id: DriverId) -> usize {
        let v = self.grid.entry(c).or_default();
        v.push(id);
        v.len() - 1
    }

    /// GRID-DELETE(c, slot): swap with the last entry, fix its slot.
    fn grid_delete(&mut self, c: Cell, slot: usize) {
        let v = self.grid.get_mut(&c).expect("cell exists");
        let last = v.len() - 1;
        if slot != last {
            let moved = v[last];
            v[slot] = moved;
            self.records.get_mut(&moved).expect("known driver").slot = slot;
        }
        v.pop();
        if v.is_empty() {
            self.grid.remove(&c);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let c = self.cell_of(x, y);
        let old = self.records.get(&id).map(|rec| (rec.cell, rec.slot));
        match old {
            Some((oc, _)) if oc == c => {
                let rec = self.records.get_mut(&id).unwrap();
                rec.x = x;
                rec.y = y;
            }
            Some((oc, os)) => {
                self.grid_delete(oc, os);
                let slot = self.grid_insert(c, id);
                self.records.insert(id, Record { x, y, cell: c, slot });
            }
            None => {
                let slot = self.grid_insert(c, id);
                self.records.insert(id, Record { x, y, cell: c, slot });
            }
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let (c, s) = match self.records.get(&id) {
            Some(rec) => (rec.cell, rec.slot),
            None => return false,
        };
        self.grid_delete(c, s);
        self.records.remove(&id);
        true
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.r * self.r;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        let mut dx = -1;
        while dx <= 1 {
            let mut dy = -1;
            while dy <= 1 {
                if let Some(v) = self.grid.get(&(cx + dx, cy + dy)) {
                    let mut i = 0;
                    while i < v.len() {
                        let rec = &self.records[&v[i]];
                        let d2 = (rec.x - x) * (rec.x - x) + (rec.y - y) * (rec.y - y);
                        if d2 <= r2 {
                            hits.push((d2, v[i]));
                        }
                        i += 1;
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
