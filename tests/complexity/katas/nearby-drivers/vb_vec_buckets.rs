// learner: optimal
// idiom: VB.NET style: cells hold Vec<DriverId> with swap-remove and a stored slot per driver, explicit For-counter loops over dx/dy
use std::collections::HashMap;

pub type DriverId = u32;

struct DriverRecord {
    position_x: f64,
    position_y: f64,
    cell_key: (i64, i64),
    slot_in_cell: usize,
}

pub struct DriverIndex {
    search_radius: f64,
    drivers_by_cell: HashMap<(i64, i64), Vec<DriverId>>,
    driver_records: HashMap<DriverId, DriverRecord>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("the search radius must be finite and positive (received {})", radius);
        }
        DriverIndex {
            search_radius: radius,
            drivers_by_cell: HashMap::new(),
            driver_records: HashMap::new(),
        }
    }

    fn compute_cell_key(&self, x: f64, y: f64) -> (i64, i64) {
        let cell_column = (x / self.search_radius).floor() as i64;
        let cell_row = (y / self.search_radius).floor() as i64;
        (cell_column, cell_row)
    }

    fn take_out_of_cell(&mut self, cell_key: (i64, i64), slot_in_cell: usize) {
        let mut cell_became_empty = false;
        let mut moved_driver: Option<DriverId> = None;
        if let Some(cell_members) = self.drivers_by_cell.get_mut(&cell_key) {
            cell_members.swap_remove(slot_in_cell);
            if slot_in_cell < cell_members.len() {
                moved_driver = Some(cell_members[slot_in_cell]);
            }
            if cell_members.is_empty() {
                cell_became_empty = true;
            }
        }
        if let Some(moved_driver_id) = moved_driver {
            if let Some(moved_record) = self.driver_records.get_mut(&moved_driver_id) {
                moved_record.slot_in_cell = slot_in_cell;
            }
        }
        if cell_became_empty {
            self.drivers_by_cell.remove(&cell_key);
        }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        let new_cell_key = self.compute_cell_key(x, y);
        let previous_cell_and_slot = match self.driver_records.get(&id) {
            Some(existing_record) => Some((existing_record.cell_key, existing_record.slot_in_cell)),
            None => None,
        };
        match previous_cell_and_slot {
            Some((old_cell_key, old_slot)) if old_cell_key == new_cell_key => {
                let existing_record = self.driver_records.get_mut(&id).unwrap();
                existing_record.position_x = x;
                existing_record.position_y = y;
                let _ = old_slot;
                return;
            }
            Some((old_cell_key, old_slot)) => {
                self.take_out_of_cell(old_cell_key, old_slot);
            }
            None => {}
        }
        let cell_members = self.drivers_by_cell.entry(new_cell_key).or_insert_with(Vec::new);
        let new_slot = cell_members.len();
        cell_members.push(id);
        self.driver_records.insert(
            id,
            DriverRecord { position_x: x, position_y: y, cell_key: new_cell_key, slot_in_cell: new_slot },
        );
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.driver_records.remove(&id) {
            Some(removed_record) => {
                self.take_out_of_cell(removed_record.cell_key, removed_record.slot_in_cell);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.driver_records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.driver_records.len() == 0
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (center_column, center_row) = self.compute_cell_key(x, y);
        let squared_radius = self.search_radius * self.search_radius;
        let mut candidates_with_distance: Vec<(f64, DriverId)> = Vec::new();
        let mut column_offset: i64 = -1;
        while column_offset <= 1 {
            let mut row_offset: i64 = -1;
            while row_offset <= 1 {
                let neighbour_key = (center_column + column_offset, center_row + row_offset);
                if let Some(cell_members) = self.drivers_by_cell.get(&neighbour_key) {
                    let mut member_index: usize = 0;
                    while member_index < cell_members.len() {
                        let driver_id = cell_members[member_index];
                        let record = &self.driver_records[&driver_id];
                        let delta_x = record.position_x - x;
                        let delta_y = record.position_y - y;
                        let squared_distance = delta_x * delta_x + delta_y * delta_y;
                        if squared_distance <= squared_radius {
                            candidates_with_distance.push((squared_distance, driver_id));
                        }
                        member_index += 1;
                    }
                }
                row_offset += 1;
            }
            column_offset += 1;
        }
        candidates_with_distance.sort_by(|first, second| {
            match first.0.partial_cmp(&second.0) {
                Some(std::cmp::Ordering::Equal) | None => first.1.cmp(&second.1),
                Some(other_ordering) => other_ordering,
            }
        });
        let mut result_ids: Vec<DriverId> = Vec::with_capacity(candidates_with_distance.len());
        for (_, driver_id) in candidates_with_distance {
            result_ids.push(driver_id);
        }
        result_ids
    }
}
