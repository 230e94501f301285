// learner: optimal
// idiom: C++20-ranges fan: cartesian-product view over the 3x3 block, flat_map/filter_map pipeline, generic cell-key helper
use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

fn cell_of(radius: f64, (x, y): (f64, f64)) -> Cell {
    ((x / radius).floor() as i64, (y / radius).floor() as i64)
}

fn block_around((cx, cy): Cell) -> impl Iterator<Item = Cell> {
    (-1..=1).flat_map(move |dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, cells: HashMap::new(), positions: HashMap::new() }
    }

    fn detach(&mut self, id: DriverId, at: (f64, f64)) {
        let key = cell_of(self.radius, at);
        if let Some(bucket) = self.cells.get_mut(&key) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.cells.remove(&key);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.positions.insert(id, (x, y)) {
            self.detach(id, old);
        }
        self.cells.entry(cell_of(self.radius, (x, y))).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.positions.remove(&id).map(|old| self.detach(id, old)).is_some()
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = block_around(cell_of(self.radius, (x, y)))
            .filter_map(|c| self.cells.get(&c))
            .flat_map(|bucket| bucket.iter())
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
