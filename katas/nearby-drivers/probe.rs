use crate::Rng;
use nearby_drivers::DriverIndex;

pub struct Input {
    index: DriverIndex,
    /// (rider x, rider y, driver to move, its new x, its new y)
    steps: Vec<(f64, f64, u32, f64, f64)>,
}

fn coord(rng: &mut Rng, side: f64) -> f64 {
    rng.below(1 << 30) as f64 / (1u64 << 30) as f64 * side
}

/// n drivers spread uniformly over a square of area n (about one driver per
/// unit of area), search radius 1.5: a search returns a handful of drivers.
/// Building the index is not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let side = (n as f64).sqrt();
    let mut index = DriverIndex::new(1.5);
    for id in 0..n as u32 {
        let (x, y) = (coord(rng, side), coord(rng, side));
        index.update(id, x, y);
    }
    let steps = (0..n)
        .map(|_| {
            let (x, y) = (coord(rng, side), coord(rng, side));
            let id = rng.below(n as u64) as u32;
            (x, y, id, coord(rng, side), coord(rng, side))
        })
        .collect();
    Input { index, steps }
}

/// n rounds of: one rider searches, one driver moves.
pub fn run(input: Input) -> u64 {
    let mut index = input.index;
    let mut found = 0u64;
    for &(x, y, id, nx, ny) in &input.steps {
        found += index.nearby(x, y).len() as u64;
        index.update(id, nx, ny);
    }
    found
}
