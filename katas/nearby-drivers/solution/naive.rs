//! Naive version: correct, but with no index at all. The drivers sit in a
//! plain list, so `update` and `remove` search it for the driver and every
//! search measures the distance to every driver: O(n) per operation.

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    /// Every driver with its position, in no particular order.
    drivers: Vec<(DriverId, (f64, f64))>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        assert!(radius.is_finite() && radius > 0.0, "radius must be positive, got {radius}");
        DriverIndex { radius, drivers: Vec::new() }
    }

    /// Finds the driver in the list: O(n).
    fn slot(&self, id: DriverId) -> Option<usize> {
        self.drivers.iter().position(|&(driver, _)| driver == id)
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        match self.slot(id) {
            Some(k) => self.drivers[k].1 = (x, y),
            None => self.drivers.push((id, (x, y))),
        }
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.slot(id) {
            Some(k) => {
                self.drivers.swap_remove(k);
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
        let r2 = self.radius * self.radius;
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        for &(id, (px, py)) in &self.drivers {
            let d2 = (px - x) * (px - x) + (py - y) * (py - y);
            if d2 <= r2 {
                found.push((d2, id));
            }
        }
        found.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, id)| id).collect()
    }
}
