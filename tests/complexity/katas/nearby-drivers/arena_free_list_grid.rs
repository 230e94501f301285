// learner: optimal
// idiom: hand-rolled arena of driver records with a free list, cells hold Vec<u32> slot indices, O(1) swap_remove with back-pointer fixup, dx/dy index loops
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Rec {
    id: DriverId,
    x: f64,
    y: f64,
    cell: (i64, i64),
    at: u32, // index of this slot inside its cell's Vec
    live: bool,
}

pub struct DriverIndex {
    r: f64,
    recs: Vec<Rec>,
    free: Vec<u32>,
    slot_of: HashMap<DriverId, u32>,
    grid: HashMap<(i64, i64), Vec<u32>>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { r: radius, recs: Vec::new(), free: Vec::new(), slot_of: HashMap::new(), grid: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.r).floor() as i64, (y / self.r).floor() as i64)
    }

    fn cell_remove(&mut self, slot: u32) {
        let c = self.recs[slot as usize].cell;
        let at = self.recs[slot as usize].at as usize;
        let mut now_empty = false;
        if let Some(v) = self.grid.get_mut(&c) {
            v.swap_remove(at);
            if at < v.len() {
                let moved = v[at];
                self.recs[moved as usize].at = at as u32;
            }
            now_empty = v.is_empty();
        }
        if now_empty {
            self.grid.remove(&c);
        }
    }

    fn cell_insert(&mut self, slot: u32) {
        let c = self.recs[slot as usize].cell;
        let v = self.grid.entry(c).or_insert_with(Vec::new);
        v.push(slot);
        let at = (v.len() - 1) as u32;
        self.recs[slot as usize].at = at;
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let c = self.cell_of(x, y);
        if let Some(&s) = self.slot_of.get(&id) {
            let old = self.recs[s as usize].cell;
            self.recs[s as usize].x = x;
            self.recs[s as usize].y = y;
            if old != c {
                self.cell_remove(s);
                self.recs[s as usize].cell = c;
                self.cell_insert(s);
            }
            return;
        }
        let rec = Rec { id, x, y, cell: c, at: 0, live: true };
        let s: u32 = match self.free.pop() {
            Some(s) => {
                self.recs[s as usize] = rec;
                s
            }
            None => {
                self.recs.push(rec);
                (self.recs.len() - 1) as u32
            }
        };
        self.slot_of.insert(id, s);
        self.cell_insert(s);
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let s = match self.slot_of.remove(&id) {
            Some(s) => s,
            None => return false,
        };
        self.cell_remove(s);
        self.recs[s as usize].live = false;
        self.free.push(s);
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slot_of.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.r * self.r;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        let mut dx: i64 = -1;
        while dx <= 1 {
            let mut dy: i64 = -1;
            while dy <= 1 {
                if let Some(v) = self.grid.get(&(cx + dx, cy + dy)) {
                    let mut i = 0usize;
                    while i < v.len() {
                        let rec = &self.recs[v[i] as usize];
                        if rec.live {
                            let ex = rec.x - x;
                            let ey = rec.y - y;
                            let d2 = ex * ex + ey * ey;
                            if d2 <= r2 {
                                hits.push((d2, rec.id));
                            }
                        }
                        i += 1;
                    }
                }
                dy += 1;
            }
            dx += 1;
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out: Vec<DriverId> = Vec::with_capacity(hits.len());
        for h in hits.iter() {
            out.push(h.1);
        }
        out
    }
}
