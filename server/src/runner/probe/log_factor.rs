//! Telling `n log n` from `n` in exact operation counts.
//!
//! A slope fitted over doubling sizes cannot: a log factor adds only
//! 0.1–0.2 to the slope at these sizes, well inside the noise a timed
//! probe must tolerate. A count has no noise, so the count per unit of the
//! expected class (per `n` for `O(n)`) can be watched directly: it stays
//! flat when the expected class holds and grows like `log n` when a sort
//! hides in the solution.

use super::Point;
use crate::analysis::complexity::Class;

/// Smallest size that counts: below it, fixed costs (a few calls on tiny
/// prefixes) weigh more than the class does.
const SMALLEST: u64 = 256;

/// The exponent of `ln n` fitted to the count per expected unit must reach
/// this: 1 for one whole extra factor, 0 for none. Lower-order terms pull a
/// real factor below 1 (`n log n + 4n` fits about 0.75); selection with
/// pivots chosen at random wanders by ±15% between sizes, about ±0.2 here.
const LOG_EXPONENT: f64 = 0.6;

/// Whether the count per unit of the expected class (per `n` for `O(n)`)
/// grows like one more `ln n`: the exponent of a least-squares fit of
/// `ln(count / unit)` against `ln ln n`, over every size from [`SMALLEST`]
/// (the calibration ladder's doubling sizes: about nine of them, a range of
/// n wide enough that `ln n` itself doubles). `Some(growth)`: how many
/// times the count per unit grew from the smallest size to the largest.
pub fn extra_log_factor(points: &[Point], expected: Class) -> Option<f64> {
    if expected.exp {
        return None;
    }
    let unit = |n: f64| n.powi(expected.poly.into()) * n.ln().powi(expected.log.into());
    let per_unit: Vec<(f64, f64)> = points
        .iter()
        .filter(|p| p.n >= SMALLEST)
        .map(|p| {
            let n = p.n as f64;
            (n.ln().ln(), (p.ops.max(1) as f64 / unit(n)).ln())
        })
        .collect();
    if per_unit.len() < 6 {
        return None;
    }
    let exponent = super::least_squares(&per_unit)?;
    let growth = (per_unit[per_unit.len() - 1].1 - per_unit[0].1).exp();
    (exponent >= LOG_EXPONENT).then_some(growth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    /// Counts at the doubling sizes n = 256..131072 from `count(n, k)` (k:
    /// the size's index), judged against `expected`.
    fn check(count: impl Fn(f64, i32) -> f64, expected: Class) -> String {
        let points: Vec<Point> = (0..10)
            .map(|k| {
                let n = 256u64 << k;
                Point {
                    n,
                    cpu_ns: 0,
                    ops: count(n as f64, k) as u64,
                }
            })
            .collect();
        match extra_log_factor(&points, expected) {
            Some(g) => format!("log factor: the count per unit grew {g:.2}x"),
            None => "within the class".to_string(),
        }
    }

    /// ±15% of wander, as quickselect's pivots give, in the worst order:
    /// low at the small sizes, high at the large ones.
    fn wander(k: i32) -> f64 {
        [0.85, 0.9, 1.0, 0.95, 1.15, 0.9, 1.0, 1.1, 1.15, 1.15][k as usize]
    }

    #[test]
    fn a_sort_where_selection_is_expected_shows_its_log_factor() {
        expect!["within the class"].assert_eq(&check(|n, k| 3.4 * n * wander(k), Class::N));
        expect!["within the class"].assert_eq(&check(|n, _| 3.0 * n + 500.0, Class::N));
        // Quicksort: about 1.39 n log2 n comparisons.
        expect!["log factor: the count per unit grew 2.13x"]
            .assert_eq(&check(|n, _| 1.39 * n * n.log2(), Class::N));
        // A linear lower-order term, and wander, do not hide it.
        expect!["log factor: the count per unit grew 2.37x"].assert_eq(&check(
            |n, k| (n * n.log2() + 4.0 * n) * wander(k),
            Class::N,
        ));
    }

    #[test]
    fn the_expected_log_is_not_counted_twice() {
        expect!["within the class"].assert_eq(&check(|n, _| 2.0 * n.log2(), Class::LOG));
        expect!["log factor: the count per unit grew 2.13x"]
            .assert_eq(&check(|n, _| n.log2() * n.log2(), Class::LOG));
        expect!["within the class"].assert_eq(&check(|n, _| n * n.log2(), Class::N_LOG));
    }

    #[test]
    fn too_few_sizes_tell_nothing() {
        let points: Vec<Point> = (0..5)
            .map(|k| Point {
                n: 256 << k,
                cpu_ns: 0,
                ops: (256u64 << k) * (8 + k),
            })
            .collect();
        assert_eq!(extra_log_factor(&points, Class::N), None);
    }
}
