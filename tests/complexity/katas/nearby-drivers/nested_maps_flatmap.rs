// learner: optimal
// idiom: Scala-ish: cell -> HashMap<id, pos>, nearby as flat_map over 9 cells + filter_map + collect + sort_by, Option chains in update/remove
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    where_is: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, cells: HashMap::new(), where_is: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn detach(&mut self, id: DriverId, at: (f64, f64)) {
        let c = self.cell_of(at.0, at.1);
        let now_empty = self
            .cells
            .get_mut(&c)
            .map(|m| {
                m.remove(&id);
                m.is_empty()
            })
            .unwrap_or(false);
        if now_empty {
            self.cells.remove(&c);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.where_is.insert(id, (x, y)) {
            self.detach(id, old);
        }
        let c = self.cell_of(x, y);
        self.cells.entry(c).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.where_is
            .remove(&id)
            .map(|old| self.detach(id, old))
            .is_some()
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.where_is.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|c| self.cells.get(&c))
            .flat_map(|m| m.iter())
            .filter_map(|(&id, &(px, py))| {
                let d2 = (px - x).powi(2) + (py - y).powi(2);
                (d2 <= r2).then_some((d2, id))
            })
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
