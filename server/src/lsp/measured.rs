//! Measured growth in the editor: what the kata's probe found once the
//! tests passed (`runner::probe`), as the hover line, the code-lens label,
//! the `kata/status` field and the `complexity/measured-growth` warning.
//! Pure: formatting only; `runs` measures and stores.

use crate::runner::probe::{Measurement, Verdict};

/// The measured growth of a kata's crate, as far as this session knows.
#[derive(Debug, Clone, Default)]
pub enum Growth {
    /// Not measured: no run passed yet, the last finished run failed, the
    /// measurement was cancelled, or the kata has no probe.
    #[default]
    Unknown,
    /// The tests passed and the probe is being built or run.
    Measuring,
    /// The probe ran: a verdict (possibly inconclusive).
    Measured(Measurement),
    /// The probe could not run (it did not build, an I/O error): why.
    Failed(String),
}

/// `n^1` for 1.0, `n^0.5` for 0.5.
fn power(exponent: f64) -> String {
    format!("n^{exponent}")
}

/// The slope judged by (the median of the fits), if any.
pub fn slope(m: &Measurement) -> Option<f64> {
    match (&m.fits, &m.verdict) {
        (Some(f), _) => Some(f.slope),
        (None, Verdict::TooSlow { slope, .. }) => Some(*slope),
        (None, _) => None,
    }
}

/// `n = 256..8192`, if sizes were measured.
pub fn size_range(m: &Measurement) -> Option<String> {
    match (m.sizes.first(), m.sizes.last()) {
        (Some(lo), Some(hi)) => Some(format!("n = {lo}..{hi}")),
        _ => None,
    }
}

/// `time, n = 256..8192`: how and where it was measured.
fn how(m: &Measurement) -> String {
    match size_range(m) {
        Some(sizes) => format!("{}, {sizes}", m.measure),
        None => m.measure.to_string(),
    }
}

impl Growth {
    /// The part of the complexity code lens (and of the progress end
    /// message) after the estimate; `None` when nothing is known.
    pub fn lens_label(&self) -> Option<String> {
        Some(match self {
            Growth::Unknown => return None,
            Growth::Measuring => "⟳ measuring growth…".to_string(),
            Growth::Measured(m) => match &m.verdict {
                Verdict::Pass => match slope(m) {
                    Some(s) => format!("measured n^{s:.2} ✔"),
                    None => "measured ✔".to_string(),
                },
                Verdict::TooSlow { slope, .. } => format!("✘ grows like n^{slope:.2}"),
                Verdict::Inconclusive { .. } => match slope(m) {
                    Some(s) => format!("measured n^{s:.2}: inconclusive"),
                    None => "measured: inconclusive".to_string(),
                },
            },
            Growth::Failed(_) => "not measured: the probe failed".to_string(),
        })
    }

    /// The `**Measured**` line of a graded item's hover.
    pub fn hover_line(&self) -> Option<String> {
        let text = match self {
            Growth::Unknown => return None,
            Growth::Measuring => "measuring growth…".to_string(),
            Growth::Measured(m) => match &m.verdict {
                Verdict::Pass => match slope(m) {
                    Some(s) => format!("n^{s:.2} ✔ pass ({})", how(m)),
                    None => format!("✔ pass ({})", how(m)),
                },
                Verdict::TooSlow { slope, expected } => format!(
                    "✘ grows like n^{slope:.2}, expected {} ({})",
                    power(*expected),
                    how(m)
                ),
                Verdict::Inconclusive { reason } => match slope(m) {
                    Some(s) => format!("inconclusive: {reason} (n^{s:.2}, {})", how(m)),
                    None => format!("inconclusive: {reason}"),
                },
            },
            Growth::Failed(error) => format!("not measured: {error}"),
        };
        Some(format!("**Measured** {text}"))
    }

    /// The message of the `complexity/measured-growth` warning: only when
    /// the verdict is "too slow".
    pub fn warning(&self) -> Option<String> {
        let Growth::Measured(m) = self else {
            return None;
        };
        let Verdict::TooSlow { slope, expected } = &m.verdict else {
            return None;
        };
        let mut message = format!(
            "measured: grows like n^{slope:.2}, expected {}",
            power(*expected)
        );
        if let Some(sizes) = size_range(m) {
            message.push_str(&format!(" ({sizes})"));
        }
        Some(message)
    }
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use crate::runner::probe::{Fits, Point};

    /// A measurement as the probe reports it, for snapshot tests.
    pub fn measurement(verdict: Verdict, slope: Option<f64>, expected: &str) -> Measurement {
        let sizes: Vec<u64> = (0..6).map(|k| 256 << k).collect();
        Measurement {
            verdict,
            expected: expected.to_string(),
            expected_exponent: 1.0,
            measure: "time",
            fits: slope.map(|s| Fits {
                top: s,
                all: s,
                theil_sen: s,
                slope: s,
            }),
            points: sizes
                .iter()
                .map(|&n| Point {
                    n,
                    cpu_ns: n * 1000,
                    ops: 0,
                })
                .collect(),
            sizes,
            elapsed_ms: 900,
            build_ms: 2500,
        }
    }

    pub fn too_slow() -> Growth {
        Growth::Measured(measurement(
            Verdict::TooSlow {
                slope: 1.97,
                expected: 1.0,
            },
            Some(1.9712),
            "O(n)",
        ))
    }

    pub fn passed() -> Growth {
        Growth::Measured(measurement(Verdict::Pass, Some(1.0234), "O(n)"))
    }

    #[test]
    fn every_state_formats() {
        let states = [
            ("unknown", Growth::Unknown),
            ("measuring", Growth::Measuring),
            ("pass", passed()),
            ("too slow", too_slow()),
            (
                "inconclusive",
                Growth::Measured(measurement(
                    Verdict::Inconclusive {
                        reason: "slope 1.55 is between n^1 and n^2".into(),
                    },
                    Some(1.55),
                    "O(n)",
                )),
            ),
            (
                "crashed",
                Growth::Measured(Measurement {
                    sizes: Vec::new(),
                    ..measurement(
                        Verdict::Inconclusive {
                            reason: "the probe was killed by signal 9".into(),
                        },
                        None,
                        "O(n)",
                    )
                }),
            ),
            (
                "failed",
                Growth::Failed("the probe did not build: src/lib.rs:3: oops".into()),
            ),
        ];
        let mut out = String::new();
        for (name, growth) in &states {
            out.push_str(&format!(
                "{name}:\n  lens: {:?}\n  hover: {:?}\n  warning: {:?}\n",
                growth.lens_label(),
                growth.hover_line(),
                growth.warning()
            ));
        }
        expect_test::expect![[r#"
            unknown:
              lens: None
              hover: None
              warning: None
            measuring:
              lens: Some("⟳ measuring growth…")
              hover: Some("**Measured** measuring growth…")
              warning: None
            pass:
              lens: Some("measured n^1.02 ✔")
              hover: Some("**Measured** n^1.02 ✔ pass (time, n = 256..8192)")
              warning: None
            too slow:
              lens: Some("✘ grows like n^1.97")
              hover: Some("**Measured** ✘ grows like n^1.97, expected n^1 (time, n = 256..8192)")
              warning: Some("measured: grows like n^1.97, expected n^1 (n = 256..8192)")
            inconclusive:
              lens: Some("measured n^1.55: inconclusive")
              hover: Some("**Measured** inconclusive: slope 1.55 is between n^1 and n^2 (n^1.55, time, n = 256..8192)")
              warning: None
            crashed:
              lens: Some("measured: inconclusive")
              hover: Some("**Measured** inconclusive: the probe was killed by signal 9")
              warning: None
            failed:
              lens: Some("not measured: the probe failed")
              hover: Some("**Measured** not measured: the probe did not build: src/lib.rs:3: oops")
              warning: None
        "#]]
        .assert_eq(&out);
    }
}
