// learner: optimal
// idiom: TypeScript/Node backend developer: Map<cellKey, Set<id>> plus a Map<id, position> like two JS Maps, small private helpers
// why:
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

type CellKey = (i64, i64);

#[derive(Clone, Copy)]
struct Position {
    x: f64,
    y: f64,
    cell: CellKey,
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<CellKey, HashSet<DriverId>>,
    positions: HashMap<DriverId, Position>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !radius.is_finite() || radius <= 0.0 {
            panic!("radius must be finite and positive, got {radius}");
        }
        Self {
            radius,
            cells: HashMap::new(),
            positions: HashMap::new(),
        }
    }

    fn cellKeyFor(&self, x: f64, y: f64) -> CellKey {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let cell = self.cellKeyFor(x, y);
        if let Some(old) = self.positions.get(&id).copied() {
            if old.cell != cell {
                self.detachFromCell(id, old.cell);
            }
        }
        self.cells.entry(cell).or_default().insert(id);
        self.positions.insert(id, Position { x, y, cell });
    }

    fn detachFromCell(&mut self, id: DriverId, cell: CellKey) {
        if let Some(set) = self.cells.get_mut(&cell) {
            set.remove(&id);
            if set.is_empty() {
                self.cells.remove(&cell);
            }
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            Some(old) => {
                self.detachFromCell(id, old.cell);
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
        let (cx, cy) = self.cellKeyFor(x, y);
        let maxDistSq = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(ids) = self.cells.get(&(cx + dx, cy + dy)) else { continue };
                for id in ids {
                    let p = &self.positions[id];
                    let distSq = (p.x - x).powi(2) + (p.y - y).powi(2);
                    if distSq <= maxDistSq {
                        hits.push((distSq, *id));
                    }
                }
            }
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
