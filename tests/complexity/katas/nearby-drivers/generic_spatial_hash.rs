// learner: optimal
// idiom: generics everywhere: a reusable SpatialHash<T: Copy + Eq + Hash + Ord> with a CellKey newtype and a Position struct, iterator flat_map over offset array, closures stored in variables, sort_unstable_by with partial_cmp
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;
use std::hash::Hash;

pub type DriverId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct CellKey(i64, i64);

#[derive(Clone, Copy, Debug)]
struct Position {
    x: f64,
    y: f64,
}

impl Position {
    fn dist2(self, other: Position) -> f64 {
        (self.x - other.x).powi(2) + (self.y - other.y).powi(2)
    }
}

struct SpatialHash<T> {
    side: f64,
    buckets: HashMap<CellKey, HashMap<T, Position>>,
    where_is: HashMap<T, Position>,
}

impl<T: Copy + Eq + Hash + Ord> SpatialHash<T> {
    fn with_side(side: f64) -> Self {
        SpatialHash { side, buckets: HashMap::new(), where_is: HashMap::new() }
    }

    fn key(&self, p: Position) -> CellKey {
        CellKey((p.x / self.side).floor() as i64, (p.y / self.side).floor() as i64)
    }

    fn take(&mut self, item: T) -> Option<Position> {
        let p = self.where_is.remove(&item)?;
        let k = self.key(p);
        let now_empty = self.buckets.get_mut(&k).map_or(false, |b| {
            b.remove(&item);
            b.is_empty()
        });
        if now_empty {
            self.buckets.remove(&k);
        }
        Some(p)
    }

    fn put(&mut self, item: T, p: Position) {
        self.take(item);
        let k = self.key(p);
        self.buckets.entry(k).or_default().insert(item, p);
        self.where_is.insert(item, p);
    }

    fn within(&self, centre: Position, reach: f64) -> Vec<T> {
        const OFFSETS: [i64; 3] = [-1, 0, 1];
        let CellKey(cx, cy) = self.key(centre);
        let limit = reach * reach;
        let close_enough = |(_, p): &(T, Position)| p.dist2(centre) <= limit;
        let mut found: Vec<(f64, T)> = OFFSETS
            .iter()
            .flat_map(|&dx| OFFSETS.iter().map(move |&dy| CellKey(cx + dx, cy + dy)))
            .filter_map(|k| self.buckets.get(&k))
            .flat_map(|bucket| bucket.iter().map(|(&t, &p)| (t, p)))
            .filter(close_enough)
            .map(|(t, p)| (p.dist2(centre), t))
            .collect();
        found.sort_unstable_by(|a, b| a.0.partial_cmp(&b.0).unwrap().then_with(|| a.1.cmp(&b.1)));
        found.into_iter().map(|(_, t)| t).collect()
    }
}

pub struct DriverIndex {
    radius: f64,
    grid: SpatialHash<DriverId>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and > 0");
        DriverIndex { radius, grid: SpatialHash::with_side(radius) }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.grid.put(id, Position { x, y });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.grid.take(id).is_some()
    }

    pub fn len(&self) -> usize {
        self.grid.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        self.grid.within(Position { x, y }, self.radius)
    }
}
