// learner: slow
// why: DriverIndex::nearby is O(n) time, target O(k + m log m): one flat Vec of (id, x, y) scanned in full per search; update/remove also find the id by linear search (O(n), target O(1))
//! Find the drivers near a rider quickly, with a grid index over positions.

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    fleet: Vec<(DriverId, f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        if !(radius.is_finite() && radius > 0.0) {
            panic!("radius must be finite and positive");
        }
        DriverIndex { radius, fleet: Vec::new() }
    }

    fn find(&self, id: DriverId) -> Option<usize> {
        let mut i = 0usize;
        while i < self.fleet.len() {
            if self.fleet[i].0 == id {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        match self.find(id) {
            Some(i) => {
                self.fleet[i].1 = x;
                self.fleet[i].2 = y;
            }
            None => self.fleet.push((id, x, y)),
        }
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        match self.find(id) {
            Some(i) => {
                self.fleet.swap_remove(i);
                true
            }
            None => false,
        }
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.fleet.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fleet.is_empty()
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let r2 = self.radius * self.radius;
        let mut hits: Vec<(f64, DriverId)> = Vec::new();
        let mut i = 0usize;
        while i < self.fleet.len() {
            let (id, px, py) = self.fleet[i];
            let d2 = (px - x) * (px - x) + (py - y) * (py - y);
            if d2 <= r2 {
                hits.push((d2, id));
            }
            i += 1;
        }
        hits.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut out = Vec::with_capacity(hits.len());
        for h in &hits {
            out.push(h.1);
        }
        out
    }
}
