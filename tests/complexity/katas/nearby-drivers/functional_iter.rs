// learner: optimal
// idiom: functional: neighbour cells from a method returning `impl Iterator`, flat_map + filter_map pipeline, Option combinators in update/remove
//! Find the drivers near a rider quickly, with a grid index over positions.
use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    side: f64,
    grid: HashMap<(i64, i64), HashSet<DriverId>>,
    pos: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        (radius.is_finite() && radius > 0.0)
            .then(|| DriverIndex { side: radius, grid: HashMap::new(), pos: HashMap::new() })
            .unwrap_or_else(|| panic!("radius must be positive and finite: {radius}"))
    }

    fn cell(&self, (x, y): (f64, f64)) -> (i64, i64) {
        ((x / self.side).floor() as i64, (y / self.side).floor() as i64)
    }

    fn around(&self, p: (f64, f64)) -> impl Iterator<Item = (i64, i64)> {
        let (cx, cy) = self.cell(p);
        (-1..=1).flat_map(move |dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
    }

    fn detach(&mut self, id: DriverId, p: (f64, f64)) {
        let c = self.cell(p);
        let now_empty = self.grid.get_mut(&c).map_or(false, |s| {
            s.remove(&id);
            s.is_empty()
        });
        if now_empty {
            self.grid.remove(&c);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.pos.insert(id, (x, y)) {
            self.detach(id, old);
        }
        let c = self.cell((x, y));
        self.grid.entry(c).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.pos.remove(&id).map(|old| self.detach(id, old)).is_some()
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.side * self.side;
        let mut hits: Vec<(f64, DriverId)> = self
            .around((x, y))
            .filter_map(|c| self.grid.get(&c))
            .flat_map(|ids| ids.iter())
            .filter_map(|id| {
                let (px, py) = self.pos[id];
                let d2 = (px - x) * (px - x) + (py - y) * (py - y);
                (d2 <= r2).then_some((d2, *id))
            })
            .collect();
        hits.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then_with(|| a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
