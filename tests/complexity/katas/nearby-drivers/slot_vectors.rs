// learner: optimal
// idiom: assembly-style: cells hold Vec<u32> of ids, each driver remembers its slot, swap_remove with back-patching, manual index loops
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Slot {
    x: f64,
    y: f64,
    cx: i64,
    cy: i64,
    at: usize, // offset inside the cell's id list
}

pub struct DriverIndex {
    r: f64,
    slots: HashMap<DriverId, Slot>,
    grid: HashMap<(i64, i64), Vec<DriverId>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("bad radius {}", radius);
        }
        DriverIndex { r: radius, slots: HashMap::new(), grid: HashMap::new() }
    }

    fn unplug(&mut self, id: DriverId, s: Slot) {
        let key = (s.cx, s.cy);
        let list = self.grid.get_mut(&key).unwrap();
        let last = list.len() - 1;
        list.swap_remove(s.at);
        if s.at != last {
            // the old tail moved into our hole: patch its offset
            let moved = list[s.at];
            self.slots.get_mut(&moved).unwrap().at = s.at;
        }
        if list.is_empty() {
            self.grid.remove(&key);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cx = (x / self.r).floor() as i64;
        let cy = (y / self.r).floor() as i64;
        if let Some(old) = self.slots.get(&id).copied() {
            if old.cx == cx && old.cy == cy {
                let s = self.slots.get_mut(&id).unwrap();
                s.x = x;
                s.y = y;
                return;
            }
            self.unplug(id, old);
        }
        let list = self.grid.entry((cx, cy)).or_default();
        let at = list.len();
        list.push(id);
        self.slots.insert(id, Slot { x, y, cx, cy, at });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let s = match self.slots.remove(&id) {
            Some(s) => s,
            None => return false,
        };
        // put it back briefly so unplug can patch others; id itself is gone
        self.unplug(id, s);
        true
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let cx = (x / self.r).floor() as i64;
        let cy = (y / self.r).floor() as i64;
        let lim = self.r * self.r;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        let mut n: u8 = 9;
        loop {
            if n == 0 {
                break;
            }
            n -= 1;
            let dx = (n / 3) as i64 - 1;
            let dy = (n % 3) as i64 - 1;
            if let Some(list) = self.grid.get(&(cx + dx, cy + dy)) {
                let mut i = list.len();
                while i > 0 {
                    i -= 1;
                    let s = &self.slots[&list[i]];
                    let ex = s.x - x;
                    let ey = s.y - y;
                    let d = ex * ex + ey * ey;
                    if d <= lim {
                        hits.push((d, list[i]));
                    }
                }
            }
        }
        hits.sort_unstable_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(hits.len());
        for h in hits {
            out.push(h.1);
        }
        out
    }
}
