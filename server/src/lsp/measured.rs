//! Measured growth in the editor: what the last check measured once the
//! tests passed, as the hover line and the code-lens label. Pure:
//! formatting only; the engine measures and decides.

use crate::engine::outcome::{GrowthVerdict, MeasuredGrowth, Measurement};
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
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A measurement as the engine reports it, for snapshot tests.
    pub fn growth(verdict: GrowthVerdict, slope: Option<f64>, summary: &str) -> MeasuredGrowth {
        MeasuredGrowth {
            verdict,
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

    #[test]
    fn every_state_formats() {
        let pass = growth(
            GrowthVerdict::Pass,
            Some(1.0234),
            "measured n^1.02 (O(n) time, n = 256..8192): pass",
        );
        let slow = growth(
            GrowthVerdict::TooSlow,
            Some(1.9712),
            "grows like n^1.97, expected n^1 (O(n), n = 256..8192)",
        );
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
                "{name}:\n  lens: {:?}\n  hover: {:?}\n",
                growth.lens_label(),
                growth.hover_line(),
            ));
        }
        expect_test::expect![[r#"
            unknown:
              lens: None
              hover: None
            off:
              lens: None
              hover: Some("**Measured** not measured (measureGrowth is off)")
            measuring:
              lens: Some("⟳ measuring growth…")
              hover: Some("**Measured** measuring growth…")
            pass:
              lens: Some("measured n^1.02 ✔")
              hover: Some("**Measured** ✔ measured n^1.02 (O(n) time, n = 256..8192): pass")
            too slow:
              lens: Some("✘ grows like n^1.97")
              hover: Some("**Measured** ✘ grows like n^1.97, expected n^1 (O(n), n = 256..8192)")
            inconclusive:
              lens: Some("measured n^1.55: inconclusive")
              hover: Some("**Measured** inconclusive: slope 1.55 is between n^1 and n^2 (measured n^1.55, n = 256..8192)")
            crashed:
              lens: Some("measured: inconclusive")
              hover: Some("**Measured** inconclusive: the probe was killed by signal 9 (measured ?)")
            failed:
              lens: Some("not measured: the probe failed")
              hover: Some("**Measured** not measured: the probe did not build: src/lib.rs:3: oops")
        "#]]
        .assert_eq(&out);
    }
}
