// learner: slow
// idiom: teenager who learnt programming in Scratch: one big list of everybody, "for each driver: if touching the circle then add to list", no grid at all
// why: nearby is O(n + m log m) per search (scans every driver on the map) vs the O(k + m log m) target; update/remove are O(1) via the HashMap
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::HashMap;

pub type DriverId = u32;

pub struct DriverIndex {
    radius: f64,
    everybody: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    pub fn new(radius: f64) -> Self {
        if radius.is_nan() || radius.is_infinite() || radius <= 0.0 {
            panic!("the radius has to be more than 0");
        }
        DriverIndex { radius, everybody: HashMap::new() }
    }

    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        // insert also replaces the old position, so nobody is there twice
        self.everybody.insert(id, (x, y));
    }

    pub fn remove(&mut self, id: DriverId) -> bool {
        self.everybody.remove(&id).is_some()
    }

    pub fn len(&self) -> usize {
        self.everybody.len()
    }

    pub fn is_empty(&self) -> bool {
        self.everybody.is_empty()
    }

    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let mut close_ones: Vec<(f64, DriverId)> = Vec::new();
        // go through every single driver and check the distance
        for (id, (dx, dy)) in &self.everybody {
            let distance = ((dx - x) * (dx - x) + (dy - y) * (dy - y)).sqrt();
            if distance <= self.radius {
                close_ones.push((distance, *id));
            }
        }
        close_ones.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let mut answer = Vec::new();
        for pair in close_ones {
            answer.push(pair.1);
        }
        answer
    }
}
