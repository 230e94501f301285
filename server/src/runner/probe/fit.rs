//! Judging a measurement: slopes fitted to log(cost) against log(n), and
//! the verdict against the expected class.

use super::{Fits, Point, ProbeOptions, Verdict};
use crate::analysis::complexity::Class;

/// Slope of a least-squares line through the points.
pub(super) fn least_squares(xy: &[(f64, f64)]) -> Option<f64> {
    if xy.len() < 2 {
        return None;
    }
    let n = xy.len() as f64;
    let mx = xy.iter().map(|p| p.0).sum::<f64>() / n;
    let my = xy.iter().map(|p| p.1).sum::<f64>() / n;
    let sxx: f64 = xy.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f64 = xy.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    (sxx > 0.0).then(|| sxy / sxx)
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let m = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    })
}

fn theil_sen(xy: &[(f64, f64)]) -> Option<f64> {
    let mut slopes = Vec::new();
    for i in 0..xy.len() {
        for j in i + 1..xy.len() {
            let dx = xy[j].0 - xy[i].0;
            if dx.abs() > 1e-9 {
                slopes.push((xy[j].1 - xy[i].1) / dx);
            }
        }
    }
    median(slopes)
}

/// The three slope estimates and their median.
pub fn fit(xy: &[(f64, f64)]) -> Option<Fits> {
    let top = least_squares(&xy[xy.len().saturating_sub(4)..])?;
    let all = least_squares(xy)?;
    let ts = theil_sen(&xy[xy.len().saturating_sub(5)..])?;
    Some(Fits {
        top,
        all,
        theil_sen: ts,
        slope: median(vec![top, all, ts])?,
    })
}

/// Pass below `e + 0.45`, too slow from `e + 0.6`, inconclusive between
/// or when the estimates disagree. Log factors add about 0.1–0.2 to the
/// slope at these sizes; a whole extra power of n adds 1.
pub fn judge(
    fits: Option<Fits>,
    expected: Class,
    points: &[Point],
    options: &ProbeOptions,
) -> Verdict {
    let Some(f) = fits else {
        return Verdict::Inconclusive {
            reason: "too few measurements to fit a slope".into(),
        };
    };
    if points.len() < 3 {
        return Verdict::Inconclusive {
            reason: format!("only {} sizes could be measured", points.len()),
        };
    }
    let e = expected.exponent();
    if !e.is_finite() {
        return Verdict::Pass;
    }
    let top_ns = points.last().map_or(0, |p| p.cpu_ns) as u128;
    let spread = [f.top, f.all, f.theil_sen]
        .iter()
        .fold(0.0f64, |acc, s| acc.max((s - f.slope).abs()));
    if f.slope <= e + 0.45 {
        Verdict::Pass
    } else if f.slope >= e + 0.6
        && (spread < 0.5 || [f.top, f.all, f.theil_sen].iter().all(|s| *s >= e + 0.6))
    {
        // Every estimate past the threshold is too slow however much they
        // disagree (e.g. 2.79, 2.20, 1.86 against n^1).
        Verdict::TooSlow {
            slope: (f.slope * 100.0).round() / 100.0,
            expected: e,
            log_factor: None,
        }
    } else if top_ns < options.target_call.as_nanos() / 4 {
        Verdict::Inconclusive {
            reason: "the largest input was too cheap to time reliably".into(),
        }
    } else {
        Verdict::Inconclusive {
            reason: format!(
                "slope {:.2} is between n^{e} and n^{} (fits {:.2}, {:.2}, {:.2})",
                f.slope,
                e + 1.0,
                f.top,
                f.all,
                f.theil_sen
            ),
        }
    }
}
