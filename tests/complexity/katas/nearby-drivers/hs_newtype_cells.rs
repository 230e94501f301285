// learner: optimal
// idiom: Haskell-flavoured: newtypes for Cell/Pos, flat_map over the 3x3 neighbourhood, fold-free pipelines, match everywhere
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Cell(i64, i64);

#[derive(Clone, Copy, Debug)]
struct Pos(f64, f64);

#[derive(Clone, Copy, Debug)]
struct Radius(f64);

impl Radius {
    fn cell(self, Pos(x, y): Pos) -> Cell {
        Cell((x / self.0).floor() as i64, (y / self.0).floor() as i64)
    }
}

impl Cell {
    fn neighbourhood(self) -> impl Iterator<Item = Cell> {
        let Cell(cx, cy) = self;
        (-1..=1).flat_map(move |dx| (-1..=1).map(move |dy| Cell(cx + dx, cy + dy)))
    }
}

fn dist2(Pos(ax, ay): Pos, Pos(bx, by): Pos) -> f64 {
    (ax - bx).powi(2) + (ay - by).powi(2)
}

pub struct DriverIndex {
    radius: Radius,
    buckets: HashMap<Cell, HashSet<DriverId>>,
    where_is: HashMap<DriverId, Pos>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        match radius {
            r if r.is_finite() && r > 0.0 => DriverIndex {
                radius: Radius(r),
                buckets: HashMap::new(),
                where_is: HashMap::new(),
            },
            bad => panic!("the search radius must be finite and positive, not {bad}"),
        }
    }

    fn detach(&mut self, id: DriverId, pos: Pos) {
        let cell = self.radius.cell(pos);
        let now_empty = match self.buckets.get_mut(&cell) {
            Some(set) => {
                set.remove(&id);
                set.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.buckets.remove(&cell);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let pos = Pos(x, y);
        if let Some(old) = self.where_is.insert(id, pos) {
            self.detach(id, old);
        }
        self.buckets.entry(self.radius.cell(pos)).or_default().insert(id);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.where_is.remove(&id) {
            Some(old) => {
                self.detach(id, old);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rider = Pos(x, y);
        let limit = self.radius.0 * self.radius.0;
        let mut found: Vec<(f64, DriverId)> = self
            .radius
            .cell(rider)
            .neighbourhood()
            .filter_map(|c| self.buckets.get(&c))
            .flat_map(|set| set.iter())
            .map(|&id| (dist2(self.where_is[&id], rider), id))
            .filter(|&(d, _)| d <= limit)
            .collect();
        found.sort_unstable_by(|(da, ia), (db, ib)| da.total_cmp(db).then_with(|| ia.cmp(ib)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
