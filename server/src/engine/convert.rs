//! The runner's and the analysis' internals → the public outcome types.
//! Every message a learner reads about a test or a measurement is written
//! here once, so the CLI and the editors say the same thing.

use super::outcome::{
    ByteRange, CompileError, Finding, GrowthPoint, GrowthVerdict, ItemEstimateState, Location,
    MeasuredGrowth, TargetCheck, TestCase, TestOutcome,
};
use crate::analysis::complexity::{self, Class, ItemEstimate};
use crate::analysis::target_check::check_targets;
use crate::catalog::{line_col, Kata, ProbeMeasure, Target};
use crate::runner::probe::{self, Verdict};
use crate::runner::{Outcome, RunReport, TestResult};
use std::path::Path;

/// A location from a byte range of `text`.
pub fn location(file: &str, text: &str, range: std::ops::Range<usize>) -> Location {
    let (line, column) = line_col(text, range.start);
    let (end_line, end_column) = line_col(text, range.end);
    Location {
        file: file.to_string(),
        line,
        column,
        end_line,
        end_column,
        bytes: Some(ByteRange {
            start: range.start,
            end: range.end,
        }),
    }
}

/// A location of `len` characters at the start of a 1-based line.
pub fn line_location(file: &str, line: usize, len: usize) -> Location {
    Location {
        file: file.to_string(),
        line,
        column: 1,
        end_line: line,
        end_column: 1 + len,
        bytes: None,
    }
}

pub fn finding(f: &crate::analysis::Finding, file: &str, text: &str) -> Finding {
    Finding {
        location: location(file, text, f.range.clone()),
        severity: f.severity.into(),
        code: f.code.clone(),
        message: f.message.clone(),
    }
}

pub fn target_checks(
    estimates: &[ItemEstimate],
    targets: &[Target],
    text: &str,
) -> Vec<TargetCheck> {
    let checks = check_targets(estimates, targets);
    targets
        .iter()
        .zip(checks)
        .map(|(t, check)| {
            let est = complexity::find(estimates, &t.item).map(|e| e.judged(&t.time));
            let est = est.as_deref();
            let estimate = match est {
                None => ItemEstimateState::NotFound,
                Some(e) if e.unwritten => ItemEstimateState::NotWritten,
                Some(e) => ItemEstimateState::Estimated {
                    time: e.time.to_string(),
                    space: e.space.to_string(),
                    // How sure the part over its target is: an upper bound
                    // is not certain; space has its own confidence.
                    confidence: {
                        let time = if e.tight {
                            e.confidence
                        } else {
                            e.confidence.min(complexity::Confidence::Medium)
                        };
                        let space = if e.space_tight {
                            e.space_confidence
                        } else {
                            e.space_confidence.min(complexity::Confidence::Medium)
                        };
                        match (check.time_ok, check.space_ok) {
                            (true, false) => space,
                            (false, true) => time,
                            (false, false) => time.min(space),
                            (true, true) => e.confidence,
                        }
                    }
                    .to_string(),
                    time_ok: check.time_ok,
                    space_ok: check.space_ok,
                    time_gap_is_log_only: !check.time_ok
                        && Class::parse(&t.time).is_ok_and(|want| e.time.log_only_over(want)),
                    time_certain: Class::parse_bound(&t.time)
                        .map_or(e.time_certain(), |want| e.time_certain_against(want.class)),
                    space_certain: e.space_certain(),
                    derivation: e
                        .steps
                        .iter()
                        .chain(&e.space_steps)
                        .map(|s| format!("line {}: {}", line_col(text, s.range.start).0, s.text))
                        .collect(),
                },
            };
            TargetCheck {
                item: t.item.clone(),
                target_time: t.time.clone(),
                target_space: t.space.clone(),
                estimate,
                location: est.map(|e| location("src/lib.rs", text, e.range.clone())),
            }
        })
        .collect()
}

/// A path as cargo or a panic names it (relative to the workspace root, or
/// absolute) → relative to the kata's crate.
fn crate_relative(file: &str, rel_dir: &str, cargo_root: &Path) -> String {
    let path = Path::new(file);
    let path = path.strip_prefix(cargo_root).unwrap_or(path);
    let path = path.strip_prefix(rel_dir).unwrap_or(path);
    path.to_string_lossy().into_owned()
}

fn read(cargo_root: &Path, rel_dir: &str, file: &str) -> Option<String> {
    let bytes = std::fs::read(cargo_root.join(rel_dir).join(file)).ok()?;
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// The build's errors, each once (cargo reports an error of the library
/// once per target that compiles it).
pub fn compile_errors(run: &RunReport, rel_dir: &str, cargo_root: &Path) -> Vec<CompileError> {
    let mut out: Vec<CompileError> = Vec::new();
    for m in run.build.errors() {
        let location = m.file.as_ref().map(|f| {
            let file = crate_relative(f, rel_dir, cargo_root);
            match (&m.byte_range, read(cargo_root, rel_dir, &file)) {
                (Some(range), Some(text)) if range.end <= text.len() => {
                    location(&file, &text, range.clone())
                }
                _ => {
                    let line = m.line.unwrap_or(1) as usize;
                    let column = m.column.unwrap_or(1) as usize;
                    Location {
                        file,
                        line,
                        column,
                        end_line: line,
                        end_column: column,
                        bytes: None,
                    }
                }
            }
        });
        let error = CompileError {
            location,
            code: m.code.clone(),
            message: m.message.clone(),
            rendered: m.rendered.clone(),
        };
        if !out.contains(&error) {
            out.push(error);
        }
    }
    out
}

fn outcome(o: &Outcome) -> TestOutcome {
    match o {
        Outcome::Passed => TestOutcome::Passed,
        Outcome::Failed => TestOutcome::Failed,
        Outcome::Ignored => TestOutcome::Ignored,
        Outcome::TimedOut => TestOutcome::TimedOut,
        Outcome::StackOverflow => TestOutcome::StackOverflow,
        Outcome::OutOfMemory => TestOutcome::OutOfMemory,
        Outcome::Crashed(_) => TestOutcome::Crashed,
    }
}

pub fn test_cases(run: &RunReport, rel_dir: &str) -> Vec<TestCase> {
    let timeout = run.timeout.as_secs().max(1);
    run.tests
        .iter()
        .map(|t| {
            let panic_location = t.panic.as_ref().and_then(|p| {
                let file = p.file.as_ref()?;
                let line = p.line? as usize;
                let column = p.column.unwrap_or(1) as usize;
                Some(Location {
                    file: crate_relative(file, rel_dir, Path::new("")),
                    line,
                    column,
                    end_line: line,
                    end_column: column,
                    bytes: None,
                })
            });
            TestCase {
                target: t.target.clone(),
                name: t.name.clone(),
                outcome: outcome(&t.outcome),
                message: t.outcome.is_failure().then(|| failure_message(t, timeout)),
                panic_location: panic_location.filter(|_| t.outcome.is_failure()),
            }
        })
        .collect()
}

/// What a failing test says. `assert_eq!(actual, expected)`: libtest prints
/// `left` and `right`; by the usual convention, and in every kata's tests,
/// left is what the solution returned and right what was expected.
pub fn failure_message(test: &TestResult, timeout_secs: u64) -> String {
    if test.outcome != Outcome::Failed {
        let mut text = test.summary(timeout_secs);
        if let Some(p) = &test.panic {
            let detail = p.message.trim();
            if !detail.is_empty() && !text.contains(detail) {
                text.push('\n');
                text.push_str(detail);
            }
        }
        return text;
    }
    let message = test
        .panic
        .as_ref()
        .map(|p| p.message.trim().to_string())
        .unwrap_or_default();
    let mut head = Vec::new();
    let (mut expected, mut actual) = (None, None);
    for line in message.lines() {
        let trimmed = line.trim_start();
        if let Some(v) = trimmed.strip_prefix("left:") {
            actual = Some(v.trim());
        } else if let Some(v) = trimmed.strip_prefix("right:") {
            expected = Some(v.trim());
        } else {
            head.push(line);
        }
    }
    let head = head.join("\n");
    let head = if head.trim().is_empty() {
        "failed".to_string()
    } else {
        format!("failed: {}", head.trim())
    };
    let mut out = format!("test `{}` {head}", test.name);
    if let Some(e) = expected {
        out.push_str(&format!("\nexpected: {e}"));
    }
    if let Some(a) = actual {
        out.push_str(&format!("\nactual:   {a}"));
    }
    out
}

pub fn growth(m: &probe::Measurement) -> MeasuredGrowth {
    let slope = m.fits.map(|f| f.slope).or(match m.verdict {
        Verdict::TooSlow { slope, .. } => Some(slope),
        _ => None,
    });
    MeasuredGrowth {
        verdict: match m.verdict {
            Verdict::Pass => GrowthVerdict::Pass,
            Verdict::TooSlow { .. } => GrowthVerdict::TooSlow,
            Verdict::Inconclusive { .. } => GrowthVerdict::Inconclusive,
        },
        slope,
        grows_like: m.grows_like(),
        expected: m.expected.clone(),
        expected_exponent: Some(m.expected_exponent),
        measure: m.measure.to_string(),
        sizes: m.sizes.clone(),
        reason: match &m.verdict {
            Verdict::Inconclusive { reason } => Some(reason.clone()),
            _ => None,
        },
        summary: m.summary(),
        points: m
            .points
            .iter()
            .map(|p| GrowthPoint {
                n: p.n,
                cost: if m.measure == "ops" { p.ops } else { p.cpu_ns },
            })
            .collect(),
    }
}

/// The probe could not be built or run.
pub fn growth_error(kata: &Kata, error: &str) -> MeasuredGrowth {
    let probe = kata.spec.probe.as_ref();
    MeasuredGrowth {
        verdict: GrowthVerdict::Error,
        slope: None,
        grows_like: None,
        expected: probe.map(|p| p.expect.clone()).unwrap_or_default(),
        expected_exponent: None,
        measure: match probe.map(|p| p.measure) {
            Some(ProbeMeasure::Ops) => "ops",
            _ => "time",
        }
        .to_string(),
        sizes: Vec::new(),
        reason: Some(error.to_string()),
        summary: format!("not measured: {error}"),
        points: Vec::new(),
    }
}

/// Long lines (a test printing a 10 000-element input) are cut for people;
/// the machine formats keep them whole.
pub fn shorten_lines(text: &str) -> String {
    const MAX: usize = 240;
    text.lines()
        .map(|l| {
            if l.chars().count() > MAX {
                let head: String = l.chars().take(MAX).collect();
                format!("{head}… ({} more characters)", l.chars().count() - MAX)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_message_splits_expected_and_actual() {
        let test = TestResult {
            target: "pair_sum".into(),
            name: "empty".into(),
            outcome: Outcome::Failed,
            panic: Some(crate::runner::parse_panic(
                "thread 'empty' (3016) panicked at tests/pair_sum.rs:12:5:\nassertion `left == right` failed: input: []\n  left: [1]\n right: []\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
            )),
        };
        expect_test::expect![[r#"
            test `empty` failed: assertion `left == right` failed: input: []
            expected: []
            actual:   [1]"#]]
        .assert_eq(&failure_message(&test, 10));
    }
}
