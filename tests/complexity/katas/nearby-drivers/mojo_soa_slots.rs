// learner: optimal
// idiom: Mojo: struct-of-arrays driver table (ids/xs/ys/cell/slot as parallel dense Vecs), cells hold u32 row indices, swap_remove with back-pointer fix-ups
// why: update/remove touch O(1) rows and O(1) hash entries (expected); nearby scans the 9 cells' rows (k) and sorts the m hits

//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    // dense rows, struct-of-arrays
    ids: Vec<DriverId>,
    xs: Vec<f64>,
    ys: Vec<f64>,
    cell: Vec<Cell>,
    slot: Vec<u32>, // where the row sits inside its cell's list
    row_of: HashMap<DriverId, u32>,
    grid: HashMap<Cell, Vec<u32>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and > 0 (got {radius})");
        }
        DriverIndex {
            radius,
            ids: Vec::new(),
            xs: Vec::new(),
            ys: Vec::new(),
            cell: Vec::new(),
            slot: Vec::new(),
            row_of: HashMap::new(),
            grid: HashMap::new(),
        }
    }

    #[inline(always)]
    fn key(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    #[inline(always)]
    fn link(&mut self, row: u32, c: Cell) {
        let list = self.grid.entry(c).or_default();
        self.slot[row as usize] = list.len() as u32;
        list.push(row);
        self.cell[row as usize] = c;
    }

    #[inline(always)]
    fn unlink(&mut self, row: u32) {
        let c = self.cell[row as usize];
        let s = self.slot[row as usize] as usize;
        let list = self.grid.get_mut(&c).expect("row is linked");
        list.swap_remove(s);
        if s < list.len() {
            let moved = list[s];
            self.slot[moved as usize] = s as u32;
        }
        if list.is_empty() {
            self.grid.remove(&c);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let c = self.key(x, y);
        if let Some(&row) = self.row_of.get(&id) {
            let r = row as usize;
            self.xs[r] = x;
            self.ys[r] = y;
            if self.cell[r] != c {
                self.unlink(row);
                self.link(row, c);
            }
            return;
        }
        let row = self.ids.len() as u32;
        self.ids.push(id);
        self.xs.push(x);
        self.ys.push(y);
        self.cell.push(c);
        self.slot.push(0);
        self.row_of.insert(id, row);
        self.link(row, c);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let row = match self.row_of.remove(&id) {
            Some(r) => r,
            None => return false,
        };
        self.unlink(row);
        let r = row as usize;
        let last = self.ids.len() - 1;
        self.ids.swap_remove(r);
        self.xs.swap_remove(r);
        self.ys.swap_remove(r);
        self.cell.swap_remove(r);
        self.slot.swap_remove(r);
        if r != last {
            // the old last row now lives at r: repoint its two back-references
            let moved_id = self.ids[r];
            self.row_of.insert(moved_id, row);
            let c = self.cell[r];
            let s = self.slot[r] as usize;
            self.grid.get_mut(&c).expect("moved row is linked")[s] = row;
        }
        true
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let r2 = self.radius * self.radius;
        let mut hit_d: Vec<f64> = Vec::new();
        let mut hit_id: Vec<DriverId> = Vec::new();
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                let Some(rows) = self.grid.get(&(gx, gy)) else { continue };
                for &row in rows {
                    let r = row as usize;
                    let dx = self.xs[r] - x;
                    let dy = self.ys[r] - y;
                    let d = dx * dx + dy * dy;
                    if d <= r2 {
                        hit_d.push(d);
                        hit_id.push(self.ids[r]);
                    }
                }
            }
        }
        // sort a permutation of the hits, then gather
        let mut order: Vec<u32> = (0..hit_id.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            hit_d[a].total_cmp(&hit_d[b]).then(hit_id[a].cmp(&hit_id[b]))
        });
        order.into_iter().map(|i| hit_id[i as usize]).collect()
    }
}
