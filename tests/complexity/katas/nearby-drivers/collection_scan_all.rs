// learner: slow
// idiom: PHP Laravel developer: a flat "drivers table" Vec<Driver> queried like a collection: where(distance <= radius)->sortBy(distance)
// why: nearby is O(n + m log m) (filters every driver on the map, not the 3x3 block) and update/remove are O(n) linear searches, vs O(k + m log m) / O(1) expected
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

#[derive(Debug, Clone)]
struct Driver {
    id: DriverId,
    x: f64,
    y: f64,
}

pub struct DriverIndex {
    radius: f64,
    drivers: Vec<Driver>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("The radius must be a positive, finite number.");
        }
        Self { radius, drivers: Vec::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        match self.drivers.iter_mut().find(|d| d.id == id) {
            Some(driver) => {
                driver.x = x;
                driver.y = y;
            }
            None => self.drivers.push(Driver { id, x, y }),
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.drivers.iter().position(|d| d.id == id) {
            Some(pos) => {
                self.drivers.swap_remove(pos);
                true
            }
            None => false,
        }
    }

    pub fn len(&self) -> usize {
        self.drivers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.drivers.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let mut matches: Vec<(f64, DriverId)> = self
            .drivers
            .iter()
            .map(|d| (((d.x - x).powi(2) + (d.y - y).powi(2)).sqrt(), d.id))
            .filter(|(distance, _)| *distance <= self.radius)
            .collect();
        matches.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        matches.into_iter().map(|(_, id)| id).collect()
    }
}
