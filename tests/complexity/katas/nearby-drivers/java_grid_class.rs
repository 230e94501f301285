// learner: optimal
// idiom: Java/C# style: small Position/Cell value types with getters, many tiny methods, Option-heavy lookups
use std::collections::HashMap;

pub type DriverId = u32;

#[derive(Debug, Clone, Copy)]
struct Position {
    x: f64,
    y: f64,
}

impl Position {
    fn new(x: f64, y: f64) -> Self {
        Position { x, y }
    }
    fn get_x(&self) -> f64 {
        self.x
    }
    fn get_y(&self) -> f64 {
        self.y
    }
    fn squared_distance_to(&self, other: &Position) -> f64 {
        let dx = self.get_x() - other.get_x();
        let dy = self.get_y() - other.get_y();
        dx * dx + dy * dy
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct CellKey {
    col: i64,
    row: i64,
}

impl CellKey {
    fn offset(&self, dc: i64, dr: i64) -> CellKey {
        CellKey { col: self.col + dc, row: self.row + dr }
    }
}

pub struct DriverIndex {
    radius: f64,
    cells: HashMap<CellKey, HashMap<DriverId, Position>>,
    locations_by_id: HashMap<DriverId, Position>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive, got {radius}");
        }
        DriverIndex { radius, cells: HashMap::new(), locations_by_id: HashMap::new() }
    }

    fn get_radius(&self) -> f64 {
        self.radius
    }

    fn get_cell_of(&self, position: &Position) -> CellKey {
        CellKey {
            col: (position.get_x() / self.get_radius()).floor() as i64,
            row: (position.get_y() / self.get_radius()).floor() as i64,
        }
    }

    fn find_position(&self, id: DriverId) -> Option<Position> {
        self.locations_by_id.get(&id).copied()
    }

    fn detach_from_cell(&mut self, id: DriverId, position: &Position) {
        let key = self.get_cell_of(position);
        let now_empty = match self.cells.get_mut(&key) {
            Some(cell) => {
                cell.remove(&id);
                cell.is_empty()
            }
            None => false,
        };
        if now_empty {
            self.cells.remove(&key);
        }
    }

    fn attach_to_cell(&mut self, id: DriverId, position: Position) {
        let key = self.get_cell_of(&position);
        self.cells.entry(key).or_default().insert(id, position);
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        if let Some(old) = self.find_position(id) {
            self.detach_from_cell(id, &old);
        }
        let position = Position::new(x, y);
        self.attach_to_cell(id, position);
        self.locations_by_id.insert(id, position);
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.locations_by_id.remove(&id) {
            Some(old) => {
                self.detach_from_cell(id, &old);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.locations_by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.locations_by_id.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let rider = Position::new(x, y);
        let center = self.get_cell_of(&rider);
        let limit = self.get_radius() * self.get_radius();
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for dc in -1..=1 {
            for dr in -1..=1 {
                let cell = match self.cells.get(&center.offset(dc, dr)) {
                    Some(cell) => cell,
                    None => continue,
                };
                for (id, position) in cell {
                    let d = position.squared_distance_to(&rider);
                    if d <= limit {
                        found.push((d, *id));
                    }
                }
            }
        }
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
