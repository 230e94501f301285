// learner: optimal
// idiom: Mojo: the textbook grid: HashMap cell -> HashMap id -> (x, y), plus id -> (x, y); tiny inline cell/dist helpers
// why: update/remove are a constant number of hash operations, O(1) expected; nearby reads 9 cells (k drivers) and sorts only the m hits

//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

#[inline(always)]
fn dist2(ax: f64, ay: f64, bx: f64, by: f64) -> f64 {
    let dx = ax - bx;
    let dy = ay - by;
    dx * dx + dy * dy
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, cells: HashMap::new(), positions: HashMap::new() }
    }

    #[inline(always)]
    fn cell(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((ox, oy)) = self.positions.insert(id, (x, y)) {
            let old = self.cell(ox, oy);
            self.drop_from_cell(old, id);
        }
        let c = self.cell(x, y);
        self.cells.entry(c).or_default().insert(id, (x, y));
    }

    #[inline(always)]
    fn drop_from_cell(&mut self, c: Cell, id: DriverId) {
        if let Some(bucket) = self.cells.get_mut(&c) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.cells.remove(&c);
            }
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            Some((x, y)) => {
                let c = self.cell(x, y);
                self.drop_from_cell(c, id);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1i64 {
            for dy in -1..=1i64 {
                if let Some(bucket) = self.cells.get(&(cx + dx, cy + dy)) {
                    for (&id, &(px, py)) in bucket {
                        let d = dist2(px, py, x, y);
                        if d <= r2 {
                            hits.push((d, id));
                        }
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
