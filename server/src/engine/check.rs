//! The check pipeline, the same for `kata check` and for a save in the
//! editor: static checks (syntax, the kata's rules, a dependency on another
//! crate, the complexity estimate), the build, the tests and, once every
//! test passes and no rule is broken, the measured growth; then the
//! verdict. Cancellable; reports progress as it goes.

use super::convert;
use super::outcome::{
    CheckOutcome, DecidedBy, Finding, ItemEstimateState, Measurement, Severity, Status,
    TargetCheck, TestCounts, TestOutcome,
};
use super::verdict::{self, CostRule, Facts};
use crate::analysis::{self, complexity, CompiledRules};
use crate::catalog::Kata;
use crate::runner::probe::{self, run_probe, ProbeError, ProbeOptions};
use crate::runner::{self, CrateRef, RunEvent, RunOptions, RunReport};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// What a check runs on and how.
#[derive(Debug, Clone)]
pub struct CheckRequest {
    pub kata: Kata,
    /// The kata's crate.
    pub crate_dir: PathBuf,
    /// The Cargo workspace root (the practice workspace).
    pub cargo_root: PathBuf,
    /// Per test binary: a test running longer is killed.
    pub timeout: Duration,
    /// Measure growth once the tests pass.
    pub measure: bool,
}

impl CheckRequest {
    /// The timeout a check of `kata` uses: the override, else the kata's
    /// own, else the default.
    pub fn timeout_for(kata: &Kata, override_secs: Option<u64>) -> Duration {
        Duration::from_secs(
            override_secs
                .or(kata.timeout_secs())
                .unwrap_or(runner::DEFAULT_TIMEOUT.as_secs())
                .max(1),
        )
    }

    pub(super) fn krate(&self) -> CrateRef {
        CrateRef {
            workspace: self.cargo_root.clone(),
            package: self.kata.id().to_string(),
            crate_dir: self.crate_dir.clone(),
        }
    }
}

/// What a check reports while it works.
#[derive(Debug, Clone)]
pub enum CheckEvent {
    Building,
    Testing,
    TestFinished {
        name: String,
        passed: bool,
    },
    /// Every test passed; the probe is being built and run.
    Measuring,
}

/// The static part of a check: findings in `src/lib.rs` and the estimate
/// of each graded item. Pure.
#[derive(Debug, Default)]
pub struct StaticChecks {
    pub findings: Vec<Finding>,
    pub complexity: Vec<TargetCheck>,
}

/// The static estimate, or none when the estimator fails: a bug there must
/// not cost the learner a check (the server and the CLI both go through
/// here).
pub fn estimates(text: &str, tree: &tree_sitter::Tree) -> Vec<complexity::ItemEstimate> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        complexity::estimate(text, tree)
    }))
    .unwrap_or_default()
}

pub fn static_checks(kata: &Kata, rules: &CompiledRules, text: &str) -> StaticChecks {
    let tree = analysis::parse(text);
    let estimates = estimates(text, &tree);
    let mut findings: Vec<Finding> = analysis::check(text, &tree, rules, &estimates)
        .iter()
        .map(|f| convert::finding(f, "src/lib.rs", text))
        .collect();
    findings.extend(
        complexity::complexity_findings(&estimates, &kata.spec.targets)
            .iter()
            .map(|f| convert::finding(f, "src/lib.rs", text)),
    );
    let complexity = convert::target_checks(&estimates, &kata.spec.targets, text);
    StaticChecks {
        findings,
        complexity,
    }
}

/// The checks that need no build: the static checks of `src/lib.rs` and
/// the manifest's findings, and the problem when the source cannot be read.
pub(super) fn before_build(request: &CheckRequest) -> (StaticChecks, Option<String>) {
    let kata = &request.kata;
    let lib = request.crate_dir.join("src/lib.rs");
    let mut problem = None;
    let mut checks = match std::fs::read(&lib) {
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let (rules, _) = CompiledRules::compile(&kata.spec);
            static_checks(kata, &rules, &text)
        }
        Err(e) => {
            problem = Some(format!("cannot read {}: {e}", lib.display()));
            StaticChecks::default()
        }
    };
    checks
        .findings
        .extend(manifest_findings(&request.crate_dir));
    (checks, problem)
}

/// Runs the whole check. `None` when cancelled.
pub async fn check(
    request: &CheckRequest,
    cancel: &CancellationToken,
    mut on_event: impl FnMut(CheckEvent) + Send,
) -> Option<CheckOutcome> {
    let (checks, problem) = before_build(request);
    let run = runner::run_tests(
        &request.krate(),
        &RunOptions {
            timeout: request.timeout,
        },
        cancel,
        |event| on_event(check_event(event)),
    )
    .await;
    if run.cancelled || cancel.is_cancelled() {
        return None;
    }
    let checked = Checked::new(request, checks, problem, &run);
    let measurement = if checked.wants_measuring(request) {
        on_event(CheckEvent::Measuring);
        measure_growth(request, &checked, None, cancel).await?
    } else {
        checked.unmeasured(request)
    };
    Some(checked.finish(request, measurement))
}

pub(super) fn check_event(event: RunEvent) -> CheckEvent {
    match event {
        RunEvent::Building => CheckEvent::Building,
        RunEvent::Testing { .. } => CheckEvent::Testing,
        RunEvent::TestFinished { name, passed } => CheckEvent::TestFinished { name, passed },
    }
}

/// Measures the growth of a check whose tests passed, with the probe
/// already built (`exe`) or building it. `None` when cancelled.
pub(super) async fn measure_growth(
    request: &CheckRequest,
    checked: &Checked,
    exe: Option<&Path>,
    cancel: &CancellationToken,
) -> Option<Measurement> {
    let mut measurement = measure(request, exe, cancel).await?;
    // A measurement that says too slow where no certain estimate says so:
    // the machine is shared and timing is noisy, so measure once more
    // before a possibly correct solution is called too slow.
    if is_too_slow(&measurement) && !checked.estimate_exceeds_time_for_certain() {
        measurement = measure(request, exe, cancel).await?;
    }
    Some(measurement)
}

/// Builds (unless `exe` is given) and runs the probe. `None` when
/// cancelled.
async fn measure(
    request: &CheckRequest,
    exe: Option<&Path>,
    cancel: &CancellationToken,
) -> Option<Measurement> {
    let kata = &request.kata;
    let options = kata
        .spec
        .probe
        .as_ref()
        .map_or_else(ProbeOptions::default, ProbeOptions::for_probe);
    let result = match (exe, &kata.spec.probe) {
        (Some(exe), Some(spec)) => match probe::Expect::of(spec) {
            Ok(expect) => probe::measure(exe, &request.crate_dir, expect, &options, cancel).await,
            Err(e) => Err(ProbeError::Io(e)),
        },
        _ => run_probe(&request.krate(), kata, &options, cancel).await,
    };
    if cancel.is_cancelled() {
        return None;
    }
    Some(match result {
        Err(ProbeError::Cancelled) => return None,
        Err(ProbeError::NoProbe) => Measurement::NoProbe,
        Ok(m) => Measurement::Measured(convert::growth(&m)),
        Err(e) => Measurement::Measured(convert::growth_error(kata, &e.to_string())),
    })
}

fn is_too_slow(m: &Measurement) -> bool {
    m.growth()
        .is_some_and(|g| g.verdict == super::outcome::GrowthVerdict::TooSlow)
}

/// A check up to its test run: what the measurement and the verdict are
/// decided from.
pub struct Checked {
    findings: Vec<Finding>,
    complexity: Vec<TargetCheck>,
    problem: Option<String>,
    build_failed: bool,
    compile_errors: Vec<super::outcome::CompileError>,
    test_results: Vec<super::outcome::TestCase>,
    tests: TestCounts,
    crate_dir: String,
}

impl Checked {
    pub fn new(
        request: &CheckRequest,
        checks: StaticChecks,
        problem: Option<String>,
        run: &RunReport,
    ) -> Checked {
        let StaticChecks {
            mut findings,
            mut complexity,
        } = checks;
        let crate_dir = rel_dir(&request.cargo_root, &request.crate_dir);
        let compile_errors = convert::compile_errors(run, &crate_dir, &request.cargo_root);
        let test_results = convert::test_cases(run, &crate_dir);
        let build_failed = run.build_failed();
        let tests = TestCounts {
            passed: run.passed(),
            failed: run.failed(),
            ignored: test_results
                .iter()
                .filter(|t| t.outcome == TestOutcome::Ignored)
                .count(),
        };
        if build_failed {
            // Code that does not compile is not judged for complexity.
            for check in &mut complexity {
                if matches!(check.estimate, ItemEstimateState::Estimated { .. }) {
                    check.estimate = ItemEstimateState::NotJudged;
                }
            }
            findings.retain(|f| !f.code.starts_with("complexity/"));
        }
        Checked {
            findings,
            complexity,
            problem: problem.or_else(|| run.problem.clone()),
            build_failed,
            compile_errors,
            test_results,
            tests,
            crate_dir,
        }
    }

    /// Error-severity findings other than syntax (which the build reports).
    fn rule_errors(&self) -> Vec<&str> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error && f.code != "syntax/error")
            .map(|f| f.code.strip_prefix("rule/").unwrap_or(&f.code))
            .collect()
    }

    /// Warning findings of the kata's cost rules (error rules already fail).
    fn cost_rules<'a>(&'a self, request: &'a CheckRequest) -> Vec<CostRule<'a>> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .filter_map(|f| {
                let id = f.code.strip_prefix("rule/")?;
                let rule = request.kata.spec.rules.iter().find(|r| r.id == id)?;
                Some(CostRule {
                    id: &rule.id,
                    cost: rule.cost?,
                })
            })
            .collect()
    }

    /// Some graded item has a certain estimate over its time target: the
    /// verdict is too slow whatever the measurement says.
    pub fn estimate_exceeds_time_for_certain(&self) -> bool {
        self.complexity.iter().any(|c| {
            matches!(
                &c.estimate,
                ItemEstimateState::Estimated {
                    time_ok: false,
                    time_certain: true,
                    ..
                }
            )
        })
    }

    /// Growth is to be measured: it is worth it, asked for, and the kata
    /// has a probe.
    pub fn wants_measuring(&self, request: &CheckRequest) -> bool {
        self.may_measure()
            && request.measure
            && request.kata.spec.probe.is_some()
            && request.kata.file("probe.rs").is_some()
    }

    /// Why growth is not measured, when [`Checked::wants_measuring`] is false.
    pub fn unmeasured(&self, request: &CheckRequest) -> Measurement {
        if !self.may_measure() {
            Measurement::NotRun
        } else if !request.measure {
            Measurement::Off
        } else {
            Measurement::NoProbe
        }
    }

    /// Every test passed and no rule is broken: growth is worth measuring.
    pub fn may_measure(&self) -> bool {
        !self.build_failed
            && self.problem.is_none()
            && self.tests.failed == 0
            && self.tests.passed > 0
            && self.rule_errors().is_empty()
    }

    pub fn finish(self, request: &CheckRequest, measurement: Measurement) -> CheckOutcome {
        let v = verdict::decide(&Facts {
            build_failed: self.build_failed,
            compile_errors: self.compile_errors.len(),
            problem: self.problem.as_deref(),
            tests: self.tests,
            timed_out: self
                .test_results
                .iter()
                .filter(|t| t.outcome == super::outcome::TestOutcome::TimedOut)
                .map(|t| t.name.as_str())
                .collect(),
            rule_errors: self.rule_errors(),
            cost_rules: self.cost_rules(request),
            complexity: &self.complexity,
            measurement: &measurement,
        });
        CheckOutcome {
            id: request.kata.id().to_string(),
            title: request.kata.spec.title.clone(),
            status: v.status,
            decided_by: v.decided_by,
            headline: v.headline,
            note: v.note,
            crate_dir: self.crate_dir,
            timeout_secs: request.timeout.as_secs(),
            tests: self.tests,
            findings: self.findings,
            compile_errors: self.compile_errors,
            test_results: self.test_results,
            problem: self.problem,
            complexity: self.complexity,
            measurement,
            checked_at: crate::practice::now_secs_public(),
        }
    }
}

/// The crate relative to the workspace root: `pair-sum`.
fn rel_dir(root: &Path, crate_dir: &Path) -> String {
    crate_dir
        .strip_prefix(root)
        .unwrap_or(crate_dir)
        .to_string_lossy()
        .into_owned()
}

/// Katas use the standard library only, and a practice crate needs no build
/// script: either in the manifest is an error finding.
fn manifest_findings(crate_dir: &Path) -> Vec<Finding> {
    let Ok(text) = std::fs::read_to_string(crate_dir.join("Cargo.toml")) else {
        return Vec::new();
    };
    let Ok(doc) = toml::from_str::<toml::Table>(&text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let at = |name: &str| {
        let line = text
            .lines()
            .position(|l| l.trim_start().starts_with(name))
            .map_or(1, |i| i + 1);
        convert::line_location("Cargo.toml", line, name.chars().count())
    };
    for table in ["dependencies", "build-dependencies"] {
        if let Some((name, _)) = doc
            .get(table)
            .and_then(toml::Value::as_table)
            .and_then(|t| t.iter().next())
        {
            out.push(Finding {
                location: at(name),
                severity: Severity::Error,
                code: "kata/external-crate".into(),
                message: format!(
                    "katas use only the standard library; remove the dependency `{name}`"
                ),
            });
        }
    }
    out
}

/// The outcome a check that could not start reports (no workspace crate,
/// an unreadable manifest): failing, with why.
pub fn could_not_check(kata: &Kata, crate_dir: &str, problem: String) -> CheckOutcome {
    CheckOutcome {
        id: kata.id().to_string(),
        title: kata.spec.title.clone(),
        status: Status::Failing,
        decided_by: DecidedBy::Tests,
        headline: format!("failing: the tests could not run: {problem}"),
        note: None,
        crate_dir: crate_dir.to_string(),
        timeout_secs: 0,
        tests: TestCounts::default(),
        findings: Vec::new(),
        compile_errors: Vec::new(),
        test_results: Vec::new(),
        problem: Some(problem),
        complexity: Vec::new(),
        measurement: Measurement::NotRun,
        checked_at: crate::practice::now_secs_public(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runner::{BuildOutput, Outcome, TestResult};

    fn request(kata: &Kata) -> CheckRequest {
        CheckRequest {
            kata: kata.clone(),
            crate_dir: PathBuf::from("/ws/pair-sum"),
            cargo_root: PathBuf::from("/ws"),
            timeout: Duration::from_secs(3),
            measure: true,
        }
    }

    /// A solution that does not compile is not judged for complexity (it
    /// used to print "complexity ✔ O(1)").
    #[test]
    fn code_that_does_not_compile_is_not_judged() {
        let pack = crate::catalog::Pack::builtin();
        let kata = pack.get("pair-sum").unwrap();
        let text = kata.naive().unwrap();
        let (rules, _) = CompiledRules::compile(&kata.spec);
        let checks = static_checks(kata, &rules, text);
        assert!(checks
            .findings
            .iter()
            .any(|f| f.code.starts_with("complexity/")));
        let build = BuildOutput {
            finished_ok: Some(false),
            ..BuildOutput::default()
        };
        let run = RunReport {
            build,
            problem: Some("the build failed".into()),
            ..RunReport::default()
        };
        let request = request(kata);
        let checked = Checked::new(&request, checks, None, &run);
        assert!(!checked.may_measure());
        let outcome = checked.finish(&request, Measurement::NotRun);
        assert_eq!(outcome.status, Status::DoesNotCompile);
        assert!(outcome
            .complexity
            .iter()
            .all(|c| c.estimate == ItemEstimateState::NotJudged));
        assert!(!outcome
            .findings
            .iter()
            .any(|f| f.code.starts_with("complexity/")));
    }

    /// Passing tests with a broken rule are failing, and not measured.
    #[test]
    fn a_broken_rule_fails_and_is_not_measured() {
        let pack = crate::catalog::Pack::builtin();
        let kata = pack.get("pair-sum").unwrap();
        let checks = StaticChecks {
            findings: vec![Finding {
                location: convert::line_location("src/lib.rs", 1, 3),
                severity: Severity::Error,
                code: "rule/no-sort".into(),
                message: "no sorting".into(),
            }],
            complexity: Vec::new(),
        };
        let run = RunReport {
            tests: vec![TestResult {
                target: "pair_sum".into(),
                name: "t".into(),
                outcome: Outcome::Passed,
                panic: None,
            }],
            ..RunReport::default()
        };
        let request = request(kata);
        let checked = Checked::new(&request, checks, None, &run);
        assert!(!checked.may_measure());
        let outcome = checked.finish(&request, Measurement::NotRun);
        assert_eq!(
            (outcome.status, outcome.decided_by),
            (Status::Failing, DecidedBy::Rule)
        );
        assert_eq!(
            outcome.headline,
            "1/1 tests pass · failing: breaks the rule `no-sort`"
        );
    }
}
