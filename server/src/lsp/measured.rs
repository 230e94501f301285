//! Measured growth in the editor: what the last check measured once the
//! tests passed, as the hover line and the code-lens label. Pure:
//! formatting only; the engine measures and decides.

use crate::engine::outcome::{GrowthPoint, GrowthVerdict, MeasuredGrowth, Measurement};
use crate::engine::CheckOutcome;

/// The measured growth of a kata's crate, as far as this session knows.
#[derive(Debug, Clone, Copy, Default)]
pub enum Growth<'a> {
    /// Not measured: no check passed its tests yet, or the kata has no probe.
    #[default]
    Unknown,
    /// The tests passed and the probe is being built or run.
    Measuring,
    /// Measuring is switched off.
    Off,
    /// The probe ran (or could not).
    Measured(&'a MeasuredGrowth),
}

impl<'a> Growth<'a> {
    pub fn of(measuring: bool, outcome: Option<&'a CheckOutcome>) -> Growth<'a> {
        if measuring {
            return Growth::Measuring;
        }
        match outcome.map(|o| &o.measurement) {
            Some(Measurement::Measured(g)) => Growth::Measured(g),
            Some(Measurement::Off) => Growth::Off,
            _ => Growth::Unknown,
        }
    }

    /// The part of the complexity code lens after the estimate; `None`
    /// when nothing is known.
    pub fn lens_label(&self) -> Option<String> {
        Some(match self {
            Growth::Unknown | Growth::Off => return None,
            Growth::Measuring => "⟳ measuring growth…".to_string(),
            Growth::Measured(g) => match (g.verdict, g.slope) {
                (GrowthVerdict::Pass, Some(s)) => format!("measured n^{s:.2} ✔"),
                (GrowthVerdict::Pass, None) => "measured ✔".to_string(),
                (GrowthVerdict::TooSlow, Some(s)) => format!("✘ grows like n^{s:.2}"),
                (GrowthVerdict::TooSlow, None) => "✘ grows too fast".to_string(),
                (GrowthVerdict::Inconclusive, Some(s)) => {
                    format!("measured n^{s:.2}: inconclusive")
                }
                (GrowthVerdict::Inconclusive, None) => "measured: inconclusive".to_string(),
                (GrowthVerdict::Error, _) => "not measured: the probe failed".to_string(),
            },
        })
    }

    /// The `**Measured**` line of a graded item's hover.
    pub fn hover_line(&self) -> Option<String> {
        let text = match self {
            Growth::Unknown => return None,
            Growth::Off => "not measured (measureGrowth is off)".to_string(),
            Growth::Measuring => "measuring growth…".to_string(),
            Growth::Measured(g) => match g.verdict {
                GrowthVerdict::Pass => format!("✔ {}", g.summary),
                GrowthVerdict::TooSlow => format!("✘ {}", g.summary),
                GrowthVerdict::Inconclusive | GrowthVerdict::Error => g.summary.clone(),
            },
        };
        Some(format!("**Measured** {text}"))
    }

    /// The measured cost over n at a glance, for the hover's `**Measured**`
    /// line (`kata/status` keeps the line without it).
    pub fn sparkline(&self) -> Option<String> {
        match self {
            Growth::Measured(g) => sparkline(&g.points),
            _ => None,
        }
    }
}

/// The measured cost over n as a row of block characters, one per size
/// (smallest n first), scaled from zero to the largest cost: a cost that
/// doubles with n (sizes double too) rises gently, a quadratic one stays
/// flat and then shoots up, a constant one is a flat bar. `None` with
/// fewer than two points or nothing measured.
pub fn sparkline(points: &[GrowthPoint]) -> Option<String> {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    if points.len() < 2 {
        return None;
    }
    let mut points: Vec<&GrowthPoint> = points.iter().collect();
    points.sort_by_key(|p| p.n);
    let max = points.iter().map(|p| p.cost).max()?;
    if max == 0 {
        return None;
    }
    let top = (BARS.len() - 1) as f64;
    Some(
        points
            .iter()
            .map(|p| BARS[((p.cost as f64 / max as f64) * top).round() as usize])
            .collect(),
    )
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A measurement as the engine reports it, for snapshot tests.
    pub fn growth(verdict: GrowthVerdict, slope: Option<f64>, summary: &str) -> MeasuredGrowth {
        MeasuredGrowth {
            verdict,
            grows_like: None,
            slope,
            expected: "O(n)".into(),
            expected_exponent: Some(1.0),
            measure: "time".into(),
            sizes: (0..6).map(|k| 256 << k).collect(),
            reason: None,
            summary: summary.into(),
            points: Vec::new(),
        }
    }

    /// Points at n = 256, 512, … with these costs.
    pub fn points(costs: &[u64]) -> Vec<GrowthPoint> {
        costs
            .iter()
            .enumerate()
            .map(|(k, &cost)| GrowthPoint { n: 256 << k, cost })
            .collect()
    }

    #[test]
    fn sparklines_show_the_shape_of_growth() {
        let shapes: [(&str, Vec<GrowthPoint>); 7] = [
            ("linear", points(&[100, 200, 400, 800, 1600, 3200])),
            ("quadratic", points(&[1, 4, 16, 64, 256, 1024])),
            ("n log n", points(&[8, 18, 40, 88, 192, 416])),
            ("constant", points(&[50, 52, 49, 51, 50, 50])),
            ("unsorted input", {
                let mut p = points(&[1, 2, 4, 8]);
                p.reverse();
                p
            }),
            ("one point", points(&[7])),
            ("all zero", points(&[0, 0, 0])),
        ];
        let mut out = String::new();
        for (name, pts) in &shapes {
            out.push_str(&format!("{name}: {:?}\n", sparkline(pts)));
        }
        expect_test::expect![[r#"
            linear: Some("▁▁▂▃▅█")
            quadratic: Some("▁▁▁▁▃█")
            n log n: Some("▁▁▂▂▄█")
            constant: Some("██████")
            unsorted input: Some("▂▃▅█")
            one point: None
            all zero: None
        "#]]
        .assert_eq(&out);
    }

    #[test]
    fn every_state_formats() {
        let pass = MeasuredGrowth {
            points: points(&[100, 205, 398, 810, 1590, 3230]),
            ..growth(
                GrowthVerdict::Pass,
                Some(1.0234),
                "measured n^1.02 (O(n) time, n = 256..8192): pass",
            )
        };
        let slow = MeasuredGrowth {
            points: points(&[3, 12, 50, 199, 790, 3160]),
            ..growth(
                GrowthVerdict::TooSlow,
                Some(1.9712),
                "grows like n^1.97, expected n^1 (O(n), n = 256..8192)",
            )
        };
        let unsure = growth(
            GrowthVerdict::Inconclusive,
            Some(1.55),
            "inconclusive: slope 1.55 is between n^1 and n^2 (measured n^1.55, n = 256..8192)",
        );
        let crashed = growth(
            GrowthVerdict::Inconclusive,
            None,
            "inconclusive: the probe was killed by signal 9 (measured ?)",
        );
        let failed = growth(
            GrowthVerdict::Error,
            None,
            "not measured: the probe did not build: src/lib.rs:3: oops",
        );
        let states = [
            ("unknown", Growth::Unknown),
            ("off", Growth::Off),
            ("measuring", Growth::Measuring),
            ("pass", Growth::Measured(&pass)),
            ("too slow", Growth::Measured(&slow)),
            ("inconclusive", Growth::Measured(&unsure)),
            ("crashed", Growth::Measured(&crashed)),
            ("failed", Growth::Measured(&failed)),
        ];
        let mut out = String::new();
        for (name, growth) in &states {
            out.push_str(&format!(
                "{name}:\n  lens: {:?}\n  hover: {:?}\n  sparkline: {:?}\n",
                growth.lens_label(),
                growth.hover_line(),
                growth.sparkline(),
            ));
        }
        expect_test::expect![[r#"
            unknown:
              lens: None
              hover: None
              sparkline: None
            off:
              lens: None
              hover: Some("**Measured** not measured (measureGrowth is off)")
              sparkline: None
            measuring:
              lens: Some("⟳ measuring growth…")
              hover: Some("**Measured** measuring growth…")
              sparkline: None
            pass:
              lens: Some("measured n^1.02 ✔")
              hover: Some("**Measured** ✔ measured n^1.02 (O(n) time, n = 256..8192): pass")
              sparkline: Some("▁▁▂▃▄█")
            too slow:
              lens: Some("✘ grows like n^1.97")
              hover: Some("**Measured** ✘ grows like n^1.97, expected n^1 (O(n), n = 256..8192)")
              sparkline: Some("▁▁▁▁▃█")
            inconclusive:
              lens: Some("measured n^1.55: inconclusive")
              hover: Some("**Measured** inconclusive: slope 1.55 is between n^1 and n^2 (measured n^1.55, n = 256..8192)")
              sparkline: None
            crashed:
              lens: Some("measured: inconclusive")
              hover: Some("**Measured** inconclusive: the probe was killed by signal 9 (measured ?)")
              sparkline: None
            failed:
              lens: Some("not measured: the probe failed")
              hover: Some("**Measured** not measured: the probe did not build: src/lib.rs:3: oops")
              sparkline: None
        "#]]
        .assert_eq(&out);
    }
}
