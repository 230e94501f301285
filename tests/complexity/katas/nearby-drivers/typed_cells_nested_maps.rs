// learner: optimal
// idiom: newtype Cell/Radius with invariants as comments, nested HashMaps, exhaustive matches on lookups
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

/// A grid cell key. Invariant: cell = (floor(x / r), floor(y / r)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Cell(i64, i64);

/// A radius proven finite and positive at construction.
#[derive(Debug, Clone, Copy)]
struct Radius(f64);

impl Radius {
    fn checked(r: f64) -> Radius {
        match r.is_finite() && r > 0.0 {
            true => Radius(r),
            false => panic!("radius must be finite and positive, got {r}"),
        }
    }

    fn cell_of(self, x: f64, y: f64) -> Cell {
        Cell((x / self.0).floor() as i64, (y / self.0).floor() as i64)
    }
}

pub struct DriverIndex {
    radius: Radius,
    // Invariant: id in where_is  <=>  id in cells[cell_of(where_is[id])]
    where_is: HashMap<DriverId, (f64, f64)>,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        DriverIndex { radius: Radius::checked(radius), where_is: HashMap::new(), cells: HashMap::new() }
    }

    fn detach(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.radius.cell_of(x, y);
        match self.cells.get_mut(&cell) {
            Some(members) => {
                members.remove(&id);
                if members.is_empty() {
                    self.cells.remove(&cell);
                }
            }
            None => unreachable!("invariant: a known driver lives in its cell"),
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        match self.where_is.insert(id, (x, y)) {
            Some((ox, oy)) => self.detach(id, ox, oy),
            None => {}
        }
        let cell = self.radius.cell_of(x, y);
        self.cells.entry(cell).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.where_is.remove(&id) {
            Some((x, y)) => {
                self.detach(id, x, y);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let Cell(cx, cy) = self.radius.cell_of(x, y);
        let r2 = self.radius.0 * self.radius.0;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        // Proof sketch: dist <= r  =>  |dx| <= r and |dy| <= r  =>  cell differs by at most 1.
        for dx in -1..=1 {
            for dy in -1..=1 {
                let members = match self.cells.get(&Cell(cx + dx, cy + dy)) {
                    Some(m) => m,
                    None => continue,
                };
                for (&id, &(px, py)) in members {
                    let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                    if d2 <= r2 {
                        hits.push((d2, id));
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
