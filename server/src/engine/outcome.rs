//! The typed outcome of checking one kata: what every surface renders.
//! `kata check` prints it in five formats, the language server turns it
//! into diagnostics, lenses and `kata/status`, and `.kata/outcomes/`
//! keeps the last one of each kata. The public JSON (camelCase, schema in
//! docs/report.schema.json) is these types, never the runner's internals.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The one status of a checked kata. See docs/complexity.md, "The
/// verdict", for the rule that decides it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The crate does not build (or the build could not run).
    DoesNotCompile,
    /// It builds, but a test fails, no test ran, or an error-severity rule
    /// of the kata is broken.
    Failing,
    /// Every test passes, but the solution grows faster than the target.
    TooSlow,
    /// Every test passes, no rule is broken, every target is met.
    Solved,
}

impl Status {
    /// Words a learner reads: `does not compile`, `too slow`.
    pub fn label(self) -> &'static str {
        match self {
            Status::DoesNotCompile => "does not compile",
            Status::Failing => "failing",
            Status::TooSlow => "too slow",
            Status::Solved => "solved",
        }
    }

    /// `does-not-compile`, as in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::DoesNotCompile => "does-not-compile",
            Status::Failing => "failing",
            Status::TooSlow => "too-slow",
            Status::Solved => "solved",
        }
    }

    pub fn is_solved(self) -> bool {
        self == Status::Solved
    }
}

/// What decided the status (shown beside it, so a learner knows whether a
/// test, a rule, the measurement or the static estimate judged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DecidedBy {
    /// The build (compile errors, or the build could not run).
    Build,
    /// The tests (a failure, or none ran).
    Tests,
    /// An error-severity rule of the kata.
    Rule,
    /// The measured growth.
    Measurement,
    /// The static estimate (where measurement cannot decide).
    Estimate,
    /// Everything passed: tests, rules and every complexity check.
    AllChecks,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl From<crate::catalog::Severity> for Severity {
    fn from(s: crate::catalog::Severity) -> Severity {
        match s {
            crate::catalog::Severity::Error => Severity::Error,
            crate::catalog::Severity::Warning => Severity::Warning,
            crate::catalog::Severity::Info => Severity::Info,
        }
    }
}

/// A place in a file of the kata's crate. Lines and columns count from 1
/// (columns in characters); `bytes` is the byte range in the file as it
/// was checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// Relative to the kata's crate: `src/lib.rs`, `tests/pair_sum.rs`.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub bytes: Option<ByteRange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ByteRange {
    pub start: usize,
    pub end: usize,
}

/// A syntax, rule or complexity finding of the static checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub location: Location,
    pub severity: Severity,
    /// `syntax/error`, `kata/external-crate`, a rule id, `complexity/…`.
    pub code: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CompileError {
    /// `None` when the compiler named no file of the crate.
    pub location: Option<Location>,
    /// rustc's code, `E0308`.
    pub code: Option<String>,
    pub message: String,
    /// The compiler's own rendering (with the source snippet).
    pub rendered: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TestOutcome {
    Passed,
    Failed,
    Ignored,
    TimedOut,
    StackOverflow,
    OutOfMemory,
    Crashed,
}

impl TestOutcome {
    pub fn is_failure(self) -> bool {
        !matches!(self, TestOutcome::Passed | TestOutcome::Ignored)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            TestOutcome::Passed => "passed",
            TestOutcome::Failed => "failed",
            TestOutcome::Ignored => "ignored",
            TestOutcome::TimedOut => "timed-out",
            TestOutcome::StackOverflow => "stack-overflow",
            TestOutcome::OutOfMemory => "out-of-memory",
            TestOutcome::Crashed => "crashed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TestCase {
    /// `lib` or the integration test's name.
    pub target: String,
    /// libtest's name, `tests::empty`.
    pub name: String,
    pub outcome: TestOutcome,
    /// For a failure: what went wrong, with `expected:` and `actual:`
    /// lines when the test compared values.
    pub message: Option<String>,
    /// Where the test panicked, when it did.
    pub panic_location: Option<Location>,
}

/// The static estimate of one graded item against its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct TargetCheck {
    /// `pair_sum` or `LruCache::get`.
    pub item: String,
    pub target_time: String,
    pub target_space: Option<String>,
    pub estimate: ItemEstimateState,
    /// The item's name in `src/lib.rs`, when found.
    pub location: Option<Location>,
}

/// An item's estimate against its target (`TargetCheck::standing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Within the target.
    Meets,
    /// Over the target, for certain: a finding.
    Exceeds,
    /// Over the target only as an upper bound: no finding.
    UpperBound,
    /// Over the target only as an upper bound, and the measured growth
    /// passed where it can see the gap: the cost is within the target as
    /// far as anything can tell (`CheckOutcome::standing_of`).
    MeasuredWithin,
    /// Nothing to judge (not found, not written, not compiled).
    NoEstimate,
}

/// What the static estimate says about one graded item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum ItemEstimateState {
    /// `src/lib.rs` has no such function.
    NotFound,
    /// The body still calls `todo!()`.
    NotWritten,
    /// The code did not compile or could not be read: nothing is judged.
    NotJudged,
    #[serde(rename_all = "camelCase")]
    Estimated {
        time: String,
        space: String,
        /// `high` only when every step of the derivation is certain.
        confidence: String,
        /// The estimate's time is within the target.
        time_ok: bool,
        space_ok: bool,
        /// The time gap is only in log factors (`n log n` against `n`):
        /// measurement cannot see it.
        time_gap_is_log_only: bool,
        /// The time class is certain (high confidence, a tight
        /// derivation): over the target, it is a finding and decides.
        time_certain: bool,
        /// The space class is certain, as `timeCertain`.
        space_certain: bool,
        /// `line 12: for x in nums ×n`, outermost first.
        derivation: Vec<String>,
    },
}

impl TargetCheck {
    /// `pair_sum: O(n^2) time, O(1) space (target O(n) time)`.
    pub fn summary(&self) -> String {
        let upper = match self.standing() {
            Standing::UpperBound => " — an upper bound, not certain: the measurement decides",
            _ => "",
        };
        self.summary_noting(upper)
    }

    fn summary_noting(&self, upper: &str) -> String {
        let target = match &self.target_space {
            Some(s) => format!("target {} time, {s} space", self.target_time),
            None => format!("target {} time", self.target_time),
        };
        match &self.estimate {
            ItemEstimateState::NotFound => format!("{}: not found in src/lib.rs", self.item),
            ItemEstimateState::NotWritten => format!("{}: not written yet ({target})", self.item),
            ItemEstimateState::NotJudged => format!("{}: not judged ({target})", self.item),
            ItemEstimateState::Estimated { time, space, .. } => {
                format!(
                    "{}: {time} time, {space} space ({target}){upper}",
                    self.item
                )
            }
        }
    }

    /// Where the item stands, as every surface shows it: an estimate over
    /// its target is a finding (and decides the verdict) only when it is
    /// certain; otherwise it is an upper bound and the measurement decides.
    pub fn standing(&self) -> Standing {
        match &self.estimate {
            ItemEstimateState::Estimated {
                time_ok,
                space_ok,
                time_certain,
                space_certain,
                ..
            } => {
                if *time_ok && *space_ok {
                    Standing::Meets
                } else if (!time_ok && *time_certain) || (!space_ok && *space_certain) {
                    Standing::Exceeds
                } else {
                    Standing::UpperBound
                }
            }
            _ => Standing::NoEstimate,
        }
    }

    /// `Some(true)` when the estimate meets the target, `None` when there is
    /// no estimate to judge.
    pub fn meets(&self) -> Option<bool> {
        match &self.estimate {
            ItemEstimateState::Estimated {
                time_ok, space_ok, ..
            } => Some(*time_ok && *space_ok),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GrowthVerdict {
    /// Grows no faster than the kata expects.
    Pass,
    /// Grows clearly faster.
    TooSlow,
    /// Could not tell (noise, a crash, too few sizes).
    Inconclusive,
    /// The probe could not be built or run.
    Error,
}

/// How the solution's cost grew when measured at doubling sizes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MeasuredGrowth {
    pub verdict: GrowthVerdict,
    /// The fitted exponent: cost grows like n^slope.
    pub slope: Option<f64>,
    /// The class the cost grows like, when the measurement names it better
    /// than a slope can: `n log n` for an operation count that shows a log
    /// factor over an `O(n)` target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grows_like: Option<String>,
    /// `[probe] expect`, e.g. `O(n)`.
    pub expected: String,
    /// Its exponent (log factors do not count).
    pub expected_exponent: Option<f64>,
    /// `time` (thread CPU time) or `ops` (operations the probe counts).
    pub measure: String,
    pub sizes: Vec<u64>,
    /// Why the verdict is inconclusive, or why the probe could not run.
    pub reason: Option<String>,
    /// One line: `grows like n^1.98, expected n^1 (O(n), n = 256..8192)`.
    pub summary: String,
    /// Cost at each size (nanoseconds of CPU time, or operations).
    pub points: Vec<GrowthPoint>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct GrowthPoint {
    pub n: u64,
    pub cost: u64,
}

/// Whether measured growth was asked for and what became of it.
// One outcome per check, serialised as is: boxing the measured variant
// would only move the same bytes to the heap.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "state")]
pub enum Measurement {
    /// The tests did not all pass, or a rule failed: nothing to measure.
    NotRun,
    /// `--no-measure`, or the editor's `measureGrowth` is off.
    Off,
    /// The kata has no probe.
    NoProbe,
    Measured(MeasuredGrowth),
}

impl Measurement {
    pub fn growth(&self) -> Option<&MeasuredGrowth> {
        match self {
            Measurement::Measured(g) => Some(g),
            _ => None,
        }
    }
}

/// The tests' tally.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TestCounts {
    pub passed: usize,
    pub failed: usize,
    pub ignored: usize,
}

/// The outcome of checking one kata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CheckOutcome {
    pub id: String,
    pub title: String,
    pub status: Status,
    pub decided_by: DecidedBy,
    /// One line a learner reads: `10/10 tests pass · too slow: grows like
    /// n^1.98, target O(n)`.
    pub headline: String,
    /// When the static estimate and the measurement disagree: both, and
    /// which one decided.
    pub note: Option<String>,
    /// The kata's crate, relative to the practice workspace.
    pub crate_dir: String,
    pub timeout_secs: u64,
    pub tests: TestCounts,
    pub findings: Vec<Finding>,
    pub compile_errors: Vec<CompileError>,
    pub test_results: Vec<TestCase>,
    /// The build or the tests could not run at all: why.
    pub problem: Option<String>,
    pub complexity: Vec<TargetCheck>,
    pub measurement: Measurement,
    /// Seconds since the Unix epoch when the check finished.
    pub checked_at: u64,
}

/// Whether a passing measurement vouches for an estimate over its target
/// that is only an upper bound: it does, unless the time gap is a log
/// factor, which a fit over doubling sizes cannot see. The verdict's note
/// and `CheckOutcome::standing_of` both ask this.
pub fn measurement_vouches(measurement_passed: bool, time_over: bool, log_only: bool) -> bool {
    measurement_passed && !(time_over && log_only)
}

impl CheckOutcome {
    pub fn solved(&self) -> bool {
        self.status.is_solved()
    }

    /// Where a graded item stands once the measurement is in: an upper
    /// bound over the target that the measured growth saw within it is no
    /// news, and showing it as open beside a passing measurement would tell
    /// a learner with a right answer that something may be wrong. A gap of
    /// a log factor stays an upper bound: a fit over doubling sizes cannot
    /// see one. The verdict's note follows the same rule.
    pub fn standing_of(&self, check: &TargetCheck) -> Standing {
        let standing = check.standing();
        let passed = matches!(&self.measurement, Measurement::Measured(g) if g.verdict == GrowthVerdict::Pass);
        match &check.estimate {
            ItemEstimateState::Estimated {
                time_ok,
                time_gap_is_log_only,
                ..
            } if standing == Standing::UpperBound
                && measurement_vouches(passed, !time_ok, *time_gap_is_log_only) =>
            {
                Standing::MeasuredWithin
            }
            _ => standing,
        }
    }

    /// A graded item's line, as every report shows it (`standing_of`).
    pub fn estimate_summary(&self, check: &TargetCheck) -> String {
        match self.standing_of(check) {
            Standing::MeasuredWithin => check
                .summary_noting(" — only an upper bound: the measured growth is within the target"),
            _ => check.summary(),
        }
    }
}

/// The whole report of `kata check --format json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The schema version: 2 since statuses (`solved`, `too-slow`, …).
    pub version: u32,
    pub katas: Vec<CheckOutcome>,
    pub summary: ReportSummary,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReportSummary {
    pub katas: usize,
    pub solved: usize,
    pub too_slow: usize,
    pub failing: usize,
    pub does_not_compile: usize,
}

impl Report {
    pub const VERSION: u32 = 2;

    pub fn new(katas: Vec<CheckOutcome>) -> Report {
        let count = |s: Status| katas.iter().filter(|k| k.status == s).count();
        let summary = ReportSummary {
            katas: katas.len(),
            solved: count(Status::Solved),
            too_slow: count(Status::TooSlow),
            failing: count(Status::Failing),
            does_not_compile: count(Status::DoesNotCompile),
        };
        Report {
            version: Report::VERSION,
            katas,
            summary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixtures::fixed_outcomes;
    use expect_test::expect;

    /// The solved fixture's upper-bound item under each measurement, and
    /// with its gap made a log factor.
    #[test]
    fn an_upper_bound_is_news_only_where_the_measurement_cannot_vouch() {
        let solved = fixed_outcomes().remove(0);
        let mut out = String::new();
        for (label, verdict, log_only) in [
            ("passed", Some(GrowthVerdict::Pass), false),
            ("passed, log gap", Some(GrowthVerdict::Pass), true),
            ("inconclusive", Some(GrowthVerdict::Inconclusive), false),
            ("not measured", None, false),
        ] {
            let mut o = solved.clone();
            let mut check = o.complexity[1].clone();
            if let ItemEstimateState::Estimated {
                time_gap_is_log_only,
                ..
            } = &mut check.estimate
            {
                *time_gap_is_log_only = log_only;
            }
            match (&mut o.measurement, verdict) {
                (Measurement::Measured(g), Some(v)) => g.verdict = v,
                (m, None) => *m = Measurement::NotRun,
                _ => unreachable!("the fixture is measured"),
            }
            out.push_str(&format!(
                "{label}: {:?}: {}\n",
                o.standing_of(&check),
                o.estimate_summary(&check)
            ));
        }
        expect![[r#"
            passed: MeasuredWithin: pairs_within: O(n^2) time, O(1) space (target O(n) time, O(1) space) — only an upper bound: the measured growth is within the target
            passed, log gap: UpperBound: pairs_within: O(n^2) time, O(1) space (target O(n) time, O(1) space) — an upper bound, not certain: the measurement decides
            inconclusive: UpperBound: pairs_within: O(n^2) time, O(1) space (target O(n) time, O(1) space) — an upper bound, not certain: the measurement decides
            not measured: UpperBound: pairs_within: O(n^2) time, O(1) space (target O(n) time, O(1) space) — an upper bound, not certain: the measurement decides
        "#]].assert_eq(&out);
    }
}
