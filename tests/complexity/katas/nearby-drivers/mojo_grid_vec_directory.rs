// learner: slow
// idiom: Mojo: grid of flat Vec cells for the search, but the driver directory is a plain Vec of (id, x, y) records searched linearly
// why: update and remove find the driver by scanning the whole directory: O(n) per call instead of O(1) expected; n updates cost O(n^2)

//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Clone, Copy)]
struct Rec {
    id: DriverId,
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    radius: f64,
    dir: Vec<Rec>,
    grid: HashMap<(i64, i64), Vec<Rec>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive");
        DriverIndex { radius, dir: Vec::new(), grid: HashMap::new() }
    }

    #[inline(always)]
    fn cell(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    #[inline(always)]
    fn find(&self, id: DriverId) -> Option<usize> {
        let mut i = 0;
        while i < self.dir.len() {
            if self.dir[i].id == id {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    #[inline(always)]
    fn take_from_cell(&mut self, rec: Rec) {
        let c = self.cell(rec.x, rec.y);
        if let Some(v) = self.grid.get_mut(&c) {
            if let Some(p) = v.iter().position(|r| r.id == rec.id) {
                v.swap_remove(p);
            }
            if v.is_empty() {
                self.grid.remove(&c);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let rec = Rec { id, x, y };
        match self.find(id) {
            Some(i) => {
                let old = self.dir[i];
                self.take_from_cell(old);
                self.dir[i] = rec;
            }
            None => self.dir.push(rec),
        }
        let c = self.cell(x, y);
        self.grid.entry(c).or_default().push(rec);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.find(id) {
            Some(i) => {
                let old = self.dir.swap_remove(i);
                self.take_from_cell(old);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.dir.len()
    }

    pub fn is_empty(&self) -> bool {
        self.dir.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                if let Some(v) = self.grid.get(&(gx, gy)) {
                    for r in v {
                        let (dx, dy) = (r.x - x, r.y - y);
                        let d = dx * dx + dy * dy;
                        if d <= r2 {
                            hits.push((d, r.id));
                        }
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|h| h.1).collect()
    }
}
