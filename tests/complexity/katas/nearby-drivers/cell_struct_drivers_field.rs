// learner: optimal
// idiom: a `Cell { drivers: Vec<DriverId> }` with swap_remove slots; `for &id in &cell.drivers` walks one of the 9 nearby cells only (O(k)), not the whole map
use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Default)]
struct Cell {
    drivers: Vec<DriverId>,
}

struct Spot {
    x: f64,
    y: f64,
    cell: (i64, i64),
    slot: usize,
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<(i64, i64), Cell>,
    spots: HashMap<DriverId, Spot>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be finite and positive, got {radius}");
        DriverIndex { radius, cells: HashMap::new(), spots: HashMap::new() }
    }

    fn cell_of(&self, x: f64, y: f64) -> (i64, i64) {
        ((x / self.radius).floor() as i64, (y / self.radius).floor() as i64)
    }

    fn unlink(&mut self, id: DriverId) -> bool {
        let Some(spot) = self.spots.remove(&id) else { return false };
        let cell = self.cells.get_mut(&spot.cell).expect("driver's cell exists");
        cell.drivers.swap_remove(spot.slot);
        if let Some(&moved) = cell.drivers.get(spot.slot) {
            self.spots.get_mut(&moved).expect("moved driver is known").slot = spot.slot;
        }
        if cell.drivers.is_empty() {
            self.cells.remove(&spot.cell);
        }
        true
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.unlink(id);
        let key = self.cell_of(x, y);
        let cell = self.cells.entry(key).or_default();
        cell.drivers.push(id);
        let slot = cell.drivers.len() - 1;
        self.spots.insert(id, Spot { x, y, cell: key, slot });
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.unlink(id)
    }

    pub fn len(&self) -> usize {
        self.spots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spots.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (cx, cy) = self.cell_of(x, y);
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        for dx in -1..=1 {
            for dy in -1..=1 {
                let Some(cell) = self.cells.get(&(cx + dx, cy + dy)) else { continue };
                for &id in &cell.drivers {
                    let s = &self.spots[&id];
                    let d2 = (s.x - x) * (s.x - x) + (s.y - y) * (s.y - y);
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
