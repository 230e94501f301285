// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): measures the distance to every driver on the map through a local alias of the position table
use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    search_radius: f64,
    driver_positions: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("the radius must be finite and positive");
        }
        DriverIndex { search_radius: radius, driver_positions: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        self.driver_positions.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        let removed_position = self.driver_positions.remove(&id);
        match removed_position {
            Some(_) => true,
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.driver_positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.driver_positions.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let all_known_positions = &self.driver_positions;
        let squared_radius = self.search_radius * self.search_radius;
        let mut drivers_in_reach: Vec<(f64, DriverId)> = Vec::new();
        for (driver_id, driver_position) in all_known_positions {
            let delta_x = driver_position.0 - x;
            let delta_y = driver_position.1 - y;
            let squared_distance = delta_x * delta_x + delta_y * delta_y;
            if squared_distance <= squared_radius {
                drivers_in_reach.push((squared_distance, *driver_id));
            }
        }
        drivers_in_reach.sort_by(|first, second| {
            first.0.partial_cmp(&second.0).unwrap().then(first.1.cmp(&second.1))
        });
        let mut result_ids: Vec<DriverId> = Vec::new();
        let mut result_counter: usize = 0;
        while result_counter < drivers_in_reach.len() {
            result_ids.push(drivers_in_reach[result_counter].1);
            result_counter += 1;
        }
        result_ids
    }
}
