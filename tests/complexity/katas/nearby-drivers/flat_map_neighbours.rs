// learner: optimal
// idiom: the 3x3 block as a flat_map iterator chain over the nested cell maps, then sort_by of only the m hits: O(k + m log m)
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    size: f64,
    grid: HashMap<(i64, i64), HashMap<DriverId, (f64, f64)>>,
    positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("invalid radius {radius}: must be finite and > 0");
        }
        DriverIndex { size: radius, grid: HashMap::new(), positions: HashMap::new() }
    }

    fn key(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.size).floor() as i64, (y / self.size).floor() as i64)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some((ox, oy)) = self.positions.insert(id, (x, y)) {
            let old = self.key(ox, oy);
            if let Some(cell) = self.grid.get_mut(&old) {
                cell.remove(&id);
                if cell.is_empty() {
                    self.grid.remove(&old);
                }
            }
        }
        let k = self.key(x, y);
        self.grid.entry(k).or_default().insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.positions.remove(&id) {
            None => false,
            Some((x, y)) => {
                let k = self.key(x, y);
                if let Some(cell) = self.grid.get_mut(&k) {
                    cell.remove(&id);
                    if cell.is_empty() {
                        self.grid.remove(&k);
                    }
                }
                true
            }
        }
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.key(x, y);
        let r2 = self.size * self.size;
        let mut found: Vec<(f64, DriverId)> = (-1..=1)
            .flat_map(|dx| (-1..=1).map(move |dy| (cx + dx, cy + dy)))
            .filter_map(|k| self.grid.get(&k))
            .flat_map(|cell| cell.iter())
            .map(|(&id, &(px, py))| ((px - x).powi(2) + (py - y).powi(2), id))
            .filter(|&(d2, _)| d2 <= r2)
            .collect();
        found.sort_by(|a, b| a.partial_cmp(b).unwrap());
        found.into_iter().map(|(_, id)| id).collect()
    }
}
