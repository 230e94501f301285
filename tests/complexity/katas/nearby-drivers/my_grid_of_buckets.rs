// learner: optimal
// idiom: teenager who learnt programming in Scratch: two "lists" (a map of buckets of sets and a map of where everyone is), lots of comments, step by step
//! Find the drivers near a rider quickly, with a grid index over positions.

use std::collections::{HashMap, HashSet};

pub type DriverId = u32;

pub struct DriverIndex {
    // how big the circle is (and how big each square of the grid is)
    radius: f64,
    // square (column, row) -> the drivers standing in that square
    squares: HashMap<(i64, i64), HashSet<DriverId>>,
    // driver -> where the driver is
    where_is: HashMap<DriverId, (f64, f64)>,
}

impl DriverIndex {
    /// An empty index answering searches of the given radius.
    pub fn new(radius: f64) -> Self {
        // the radius has to be a normal number bigger than 0
        assert!(radius.is_finite() && radius > 0.0, "bad radius: {radius}");
        DriverIndex {
            radius,
            squares: HashMap::new(),
            where_is: HashMap::new(),
        }
    }

    // which square is this point in?
    fn square_of(&self, x: f64, y: f64) -> (i64, i64) {
        let column = (x / self.radius).floor() as i64;
        let row = (y / self.radius).floor() as i64;
        (column, row)
    }

    /// Adds the driver at (x, y), or moves it there if it is already known.
    pub fn update(&mut self, id: DriverId, x: f64, y: f64) {
        // first take the driver out of its old square (if it had one)
        self.remove(id);
        // then put it in the new square
        let square = self.square_of(x, y);
        self.squares.entry(square).or_default().insert(id);
        self.where_is.insert(id, (x, y));
    }

    /// Takes the driver off the map. Returns false if it was not on it.
    pub fn remove(&mut self, id: DriverId) -> bool {
        let Some((old_x, old_y)) = self.where_is.remove(&id) else {
            return false;
        };
        let old_square = self.square_of(old_x, old_y);
        if let Some(bucket) = self.squares.get_mut(&old_square) {
            bucket.remove(&id);
            if bucket.is_empty() {
                self.squares.remove(&old_square);
            }
        }
        true
    }

    /// Number of drivers on the map.
    pub fn len(&self) -> usize {
        self.where_is.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Drivers at (Euclidean) distance <= radius from (x, y), nearest first;
    /// drivers at equal distance by increasing id.
    pub fn nearby(&self, x: f64, y: f64) -> Vec<DriverId> {
        let (my_column, my_row) = self.square_of(x, y);
        let mut found: Vec<(f64, DriverId)> = Vec::new();
        // look at my square and the 8 squares around it
        for column in my_column - 1..=my_column + 1 {
            for row in my_row - 1..=my_row + 1 {
                if let Some(bucket) = self.squares.get(&(column, row)) {
                    for id in bucket {
                        let (dx, dy) = self.where_is[id];
                        // pythagoras! (no square root needed, compare squares)
                        let distance_squared = (dx - x) * (dx - x) + (dy - y) * (dy - y);
                        if distance_squared <= self.radius * self.radius {
                            found.push((distance_squared, *id));
                        }
                    }
                }
            }
        }
        // closest first, and if it's a tie the smaller id first
        found.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let mut answer = Vec::new();
        for (_, id) in found {
            answer.push(id);
        }
        answer
    }
}
