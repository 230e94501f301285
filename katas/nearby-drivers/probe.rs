use crate::Rng;
use nearby_drivers::DriverIndex;

const RADIUS: f64 = 1.5;

pub struct Input {
    index: DriverIndex,
    /// (rider x, rider y, driver to move, its new x, its new y)
    steps: Vec<(f64, f64, u32, f64, f64)>,
}

fn coord(rng: &mut Rng, side: f64) -> f64 {
    rng.below(1 << 30) as f64 / (1u64 << 30) as f64 * side
}

/// Sorts points into a sweep over the map, row of cells by row of cells.
fn sweep(points: &mut [(f64, f64)]) {
    points.sort_by(|a, b| {
        let (ra, rb) = ((a.1 / RADIUS).floor(), (b.1 / RADIUS).floor());
        ra.total_cmp(&rb).then(a.0.total_cmp(&b.0))
    });
}

/// n drivers spread uniformly over a square of area n (about one driver per
/// unit of area), search radius 1.5: a search returns a handful of drivers.
/// Riders are processed region by region (a sweep over the map), and each
/// step nudges the driver whose id matches the step. Not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let side = (n as f64).sqrt();
    let mut drivers: Vec<(f64, f64)> = (0..n).map(|_| (coord(rng, side), coord(rng, side))).collect();
    let mut riders: Vec<(f64, f64)> = (0..n).map(|_| (coord(rng, side), coord(rng, side))).collect();
    sweep(&mut drivers);
    sweep(&mut riders);
    let mut index = DriverIndex::new(RADIUS);
    for (id, &(x, y)) in drivers.iter().enumerate() {
        index.update(id as u32, x, y);
    }
    let steps = riders
        .iter()
        .enumerate()
        .map(|(i, &(x, y))| {
            let (dx, dy) = (coord(rng, 1.0) - 0.5, coord(rng, 1.0) - 0.5);
            (x, y, i as u32, drivers[i].0 + dx, drivers[i].1 + dy)
        })
        .collect();
    Input { index, steps }
}

/// n rounds of: one rider searches, one driver goes off shift and comes back
/// a little further on (a remove, then an update).
pub fn run(input: Input) -> u64 {
    let mut index = input.index;
    let mut found = 0u64;
    for &(x, y, id, nx, ny) in &input.steps {
        found += index.nearby(x, y).len() as u64;
        // A driver going off shift and back on: remove, then update.
        found += index.remove(id) as u64;
        index.update(id, nx, ny);
    }
    found
}
