//! Tests of the slope fits, the judge and the harness output.

use super::*;

fn points(f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
    (0..6)
        .map(|k| {
            let n = 1000.0 * 2f64.powi(k);
            (n.ln(), f(n).ln())
        })
        .collect()
}

#[test]
fn fits_power_laws() {
    let linear = fit(&points(|n| 3.0 * n)).unwrap();
    assert!((linear.slope - 1.0).abs() < 1e-9, "{linear:?}");
    let square = fit(&points(|n| n * n / 7.0)).unwrap();
    assert!((square.slope - 2.0).abs() < 1e-9, "{square:?}");
    let nlogn = fit(&points(|n| n * n.ln())).unwrap();
    assert!(nlogn.slope > 1.05 && nlogn.slope < 1.2, "{nlogn:?}");
}

#[test]
fn theil_sen_ignores_one_outlier() {
    let mut xy = points(|n| n);
    xy[2].1 += 3.0;
    let f = fit(&xy).unwrap();
    assert!((f.theil_sen - 1.0).abs() < 0.2, "{f:?}");
}

fn verdict(slope_of: impl Fn(f64) -> f64, expected: Class) -> Verdict {
    let xy = points(&slope_of);
    let pts: Vec<Point> = (0..6)
        .map(|k| Point {
            n: 1000 << k,
            cpu_ns: 10_000_000,
            ops: 0,
        })
        .collect();
    judge(fit(&xy), expected, &pts, &ProbeOptions::default())
}

#[test]
fn judges_against_the_expected_exponent() {
    assert_eq!(verdict(|n| n, Class::N), Verdict::Pass);
    assert_eq!(verdict(|n| n * n.ln(), Class::N), Verdict::Pass);
    assert_eq!(verdict(|n| n * n.ln(), Class::N_LOG), Verdict::Pass);
    assert_eq!(
        verdict(|n| n * n, Class::N),
        Verdict::TooSlow {
            slope: 2.0,
            expected: 1.0,
            log_factor: None,
        }
    );
    assert!(matches!(
        verdict(|n| n.powf(1.55), Class::N),
        Verdict::Inconclusive { .. }
    ));
}

/// Three estimates all past the too-slow threshold are too slow, even
/// when they disagree with each other (it used to end "inconclusive").
#[test]
fn disagreeing_fits_all_over_the_threshold_are_too_slow() {
    let f = Fits {
        top: 2.79,
        all: 2.20,
        theil_sen: 1.86,
        slope: 2.20,
    };
    let pts: Vec<Point> = (0..6)
        .map(|k| Point {
            n: 1000 << k,
            cpu_ns: 10_000_000,
            ops: 0,
        })
        .collect();
    assert_eq!(
        judge(Some(f), Class::N, &pts, &ProbeOptions::default()),
        Verdict::TooSlow {
            slope: 2.2,
            expected: 1.0,
            log_factor: None,
        }
    );
}

/// Beside an operation count, the time is judged as a timed probe's
/// would be: an uncounted O(n) scan per call shows as n^2 time.
#[test]
fn time_beside_an_operation_count_catches_uncounted_work() {
    let too_slow = |slope: f64| verdict(|n| n.powf(slope), Class::N).is_flagged();
    assert!(too_slow(1.8));
    assert!(
        !too_slow(1.05),
        "a hash map's cache effects are not slowness"
    );
}

#[test]
fn parses_harness_lines() {
    assert_eq!(
        parse_line("1024 53000 17"),
        Some(Point {
            n: 1024,
            cpu_ns: 53000,
            ops: 17
        })
    );
    assert_eq!(parse_line("garbage"), None);
}
