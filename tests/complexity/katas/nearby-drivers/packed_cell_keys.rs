// learner: optimal
// idiom: TypeScript/Node backend developer: cells keyed by a packed u64 "cell id" (like a string key `${cx}:${cy}`), each cell a Map<id, [x, y]>, iterator pipeline for the query
// why:
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

type CellId = u64;

fn packCell(cx: i64, cy: i64) -> CellId {
    ((cx as u32 as u64) << 32) | (cy as u32 as u64)
}

pub struct DriverIndex {
    radius: f64,
    cellOf: HashMap<DriverId, CellId>,
    cells: HashMap<CellId, HashMap<DriverId, (f64, f64)>>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("DriverIndex: radius must be a positive finite number (got {radius})");
        }
        DriverIndex { radius, cellOf: HashMap::new(), cells: HashMap::new() }
    }

    fn coords(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let (cx, cy) = self.coords(x, y);
        let cell = packCell(cx, cy);
        if let Some(prev) = self.cellOf.insert(id, cell) {
            if prev != cell {
                let emptied = self.cells.get_mut(&prev).map(|m| {
                    m.remove(&id);
                    m.is_empty()
                });
                if emptied == Some(true) {
                    self.cells.remove(&prev);
                }
            }
        }
        self.cells.entry(cell).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some(cell) = self.cellOf.remove(&id) else { return false };
        if let Some(m) = self.cells.get_mut(&cell) {
            m.remove(&id);
            if m.is_empty() {
                self.cells.remove(&cell);
            }
        }
        true
    }

    pub fn len(&self) -> usize {
        self.cellOf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cellOf.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.coords(x, y);
        let limit = self.radius * self.radius;
        let mut results: Vec<(f64, DriverId)> = [-1i64, 0, 1]
            .iter()
            .flat_map(|dx| [-1i64, 0, 1].iter().map(move |dy| packCell(cx + dx, cy + dy)))
            .filter_map(|cell| self.cells.get(&cell))
            .flat_map(|m| m.iter())
            .map(|(&id, &(px, py))| ((px - x).hypot(py - y).powi(2), id))
            .filter(|&(d, _)| d <= limit)
            .collect();
        results.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        results.into_iter().map(|(_, id)| id).collect()
    }
}
