// learner: optimal
// idiom: C#-style LINQ: SelectMany-like flat_map over the 3x3 neighbourhood, filter/map/collect, Dictionary of Dictionaries
use std::collections::HashMap;

pub type DriverId = u32;

type Cell = (i64, i64);

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<Cell, HashMap<DriverId, (f64, f64)>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, cells: HashMap::new(), positions: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> Cell {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn detach(&mut self, id: DriverId, (x, y): (f64, f64)) {
        let cell = self.cell_of(x, y);
        if let Some(bucket) = self.cells.get_mut(&cell) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.cells.remove(&cell);
            }
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.positions.insert(id, (x, y)) {
            self.detach(id, old);
        }
        let cell = self.cell_of(x, y);
        self.cells.entry(cell).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            Some(old) => {
                self.detach(id, old);
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
        let (cx, cy) = self.cell_of(x, y);
        let limit = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|cell| self.cells.get(&cell))
            .flat_map(|bucket| bucket.iter())
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= limit)
            .collect();
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        hits.into_iter().map(|(_, id)| id).collect()
    }
}
