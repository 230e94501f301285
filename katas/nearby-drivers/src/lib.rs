//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

pub struct DriverIndex {
    // Add your fields here.
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    /// Panics, with a message that mentions "radius", unless `radius` is
    /// finite and positive.
    pub fn new(radius: f64) -> Self {
        todo!("an empty index for searches within {radius}")
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        todo!("move driver {id} to ({x}, {y})")
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        todo!("remove driver {id}")
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        todo!()
    }

    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        todo!("drivers near ({x}, {y})")
    }
}
