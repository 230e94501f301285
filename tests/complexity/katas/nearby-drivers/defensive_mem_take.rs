// learner: optimal
// idiom: defensive beginner: explicit matches everywhere, early returns, mem::take to move cells out and back
use std::collections::HashMap;
use std::mem;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    spot: HashMap<DriverId, (i64, i64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() {
            panic!("radius must not be NaN");
        }
        if radius.is_infinite() {
            panic!("radius must be finite");
        }
        if radius <= 0.0 {
            panic!("radius must be positive");
        }
        DriverIndex { radius, cells: HashMap::new(), spot: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        let cx = (x / self.radius).floor() as i64;
        let cy = (y / self.radius).floor() as i64;
        (cx, cy)
    }

    /// Removes `id` from the given cell, dropping the cell when it empties.
    fn unlink(&mut self, id: DriverId, cell: (i64, i64)) {
        let mut members = match self.cells.get_mut(&cell) {
            Some(members) => mem::take(members),
            None => return,
        };
        match members.remove(&id) {
            Some(_) => {}
            None => {}
        }
        if members.is_empty() {
            self.cells.remove(&cell);
            return;
        }
        match self.cells.get_mut(&cell) {
            Some(slot) => *slot = members,
            None => {
                self.cells.insert(cell, members);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cell_of(x, y);
        match self.spot.get(&id) {
            Some(&old) => self.unlink(id, old),
            None => {}
        }
        self.cells.entry(cell).or_insert_with(HashMap::new).insert(id, (x, y));
        self.spot.insert(id, cell);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let cell = match self.spot.remove(&id) {
            Some(cell) => cell,
            None => return false,
        };
        self.unlink(id, cell);
        true
    }

    pub fn len(&self) -> usize {
        self.spot.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spot.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let mut result: Vec<(f64, DriverId)> = Vec::new();
        if self.spot.is_empty() {
            return Vec::new();
        }
        let (cx, cy) = self.cell_of(x, y);
        let limit = self.radius * self.radius;
        for dx in -1i64..=1 {
            for dy in -1i64..=1 {
                let members = match self.cells.get(&(cx + dx, cy + dy)) {
                    Some(m) => m,
                    None => continue,
                };
                for (&id, &(px, py)) in members.iter() {
                    let ddx = px - x;
                    let ddy = py - y;
                    let d2 = ddx * ddx + ddy * ddy;
                    if d2 <= limit {
                        result.push((d2, id));
                    }
                }
            }
        }
        result.sort_by(|a, b| match a.0.partial_cmp(&b.0) {
            Some(std::cmp::Ordering::Equal) | None => a.1.cmp(&b.1),
            Some(other) => other,
        });
        let mut ids = Vec::with_capacity(result.len());
        for (_, id) in result {
            ids.push(id);
        }
        ids
    }
}
