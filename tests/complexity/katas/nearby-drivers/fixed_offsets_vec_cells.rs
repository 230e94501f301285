// learner: optimal
// idiom: const [(i64, i64); 9] neighbour table, cells as Vec<(id, x, y)> with linear in-cell search (cells hold O(1) drivers), sort_unstable_by on (d2, id)
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

const AROUND: [(i64, i64); 9] = [
    (-1, -1), (-1, 0), (-1, 1),
    (0, -1), (0, 0), (0, 1),
    (1, -1), (1, 0), (1, 1),
];

pub struct DriverIndex {
    side: f64,
    where_is: HashMap<DriverId, (i64, i64)>,
    grid: HashMap<(i64, i64), Vec<(DriverId, f64, f64)>>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("bad radius {radius}: must be finite and positive");
        }
        DriverIndex { side: radius, where_is: HashMap::new(), grid: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.side).floor() as i64, (y / self.side).floor() as i64)
    }

    fn take_out(&mut self, id: DriverId, cell: (i64, i64)) {
        let mut empty = false;
        if let Some(list) = self.grid.get_mut(&cell) {
            let mut i = 0;
            while i < list.len() {
                if list[i].0 == id {
                    list.swap_remove(i);
                    break;
                }
                i += 1;
            }
            empty = list.is_empty();
        }
        if empty {
            self.grid.remove(&cell);
        }
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.key(x, y);
        if let Some(old) = self.where_is.insert(id, cell) {
            self.take_out(id, old);
        }
        self.grid.entry(cell).or_default().push((id, x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.where_is.remove(&id) {
            Some(cell) => {
                self.take_out(id, cell);
                true
            }
            None => false,
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let lim = self.side * self.side;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for k in 0..AROUND.len() {
            let (dx, dy) = AROUND[k];
            let list = match self.grid.get(&(cx + dx, cy + dy)) {
                Some(l) => l,
                None => continue,
            };
            for &(id, px, py) in list {
                let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                if d2 <= lim {
                    hits.push((d2, id));
                }
            }
        }
        hits.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut ids = Vec::with_capacity(hits.len());
        for (_, id) in hits {
            ids.push(id);
        }
        ids
    }
}
