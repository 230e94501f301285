//! Custom requests for editor plugins: `kata/list`, `kata/start`,
//! `kata/status`: their parameters and results, and the status of a kata
//! as `kata/status` reports it; the `kata/statusChanged` notification that
//! pushes the same status. Documented in docs/lsp-extensions.md; the
//! handlers are `handlers::{kata_list, kata_start, kata_status}`.

use super::diagnostics::{read_file, test_locations};
use super::katas::KataCtx;
use super::measured::Growth;
use super::to_proto::Encoding;
use crate::engine::actions::CatalogueRow;
use crate::engine::outcome::{GrowthVerdict, MeasuredGrowth};
use crate::engine::{CheckOutcome, Status as CheckStatus};
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::notification::Notification;
use tower_lsp_server::ls_types::{Range, Uri};

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ListParams {
    pub topic: Option<String>,
    pub difficulty: Option<String>,
}

/// A catalogue row (the same as `kata list --json`) with its file as a URI.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct KataEntry {
    #[serde(flatten)]
    pub row: CatalogueRow,
    /// `src/lib.rs` of the kata's crate, once started.
    pub uri: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StartParams {
    pub id: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StartResult {
    pub id: String,
    /// `src/lib.rs` of the new crate.
    pub uri: Option<String>,
    pub readme: Option<String>,
    /// False when the kata was already started (nothing was overwritten).
    pub created: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusParams {
    /// Any file of the kata's crate.
    pub uri: Uri,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StatusResult {
    pub id: String,
    /// The kata's crate directory: a file belongs to the kata when its URI
    /// starts with this one and a `/`.
    pub crate_uri: Option<String>,
    /// `src/lib.rs` of the crate.
    pub uri: Option<String>,
    pub title: String,
    pub difficulty: String,
    pub status: String,
    pub tests: TestsStatus,
    pub hints: HintsStatus,
    pub targets: Vec<TargetStatus>,
    /// Expected growth of the scaling probe, if the kata has one.
    pub probe_expect: Option<String>,
    /// The probe is being built or run (the tests passed).
    pub measuring: bool,
    /// The measured growth of the code the last finished run tested; null
    /// until measured in this session, after a run that did not pass, and
    /// while measuring.
    pub measured: Option<MeasuredStatus>,
    pub revealed: bool,
    /// The last check's whole outcome (as `kata check --format json`
    /// reports it), restored across restarts; null before the first.
    pub outcome: Option<CheckOutcome>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MeasuredStatus {
    /// `pass`, `too-slow`, `inconclusive`, or `error` (the probe could not
    /// be built or run).
    pub verdict: GrowthVerdict,
    /// The fitted slope of log(cost) against log(n): cost grows like
    /// n^slope.
    pub slope: Option<f64>,
    /// `[probe] expect`, e.g. `O(n)`.
    pub expected: String,
    /// Its exponent (log factors do not count).
    pub expected_exponent: Option<f64>,
    /// The doubling sizes measured.
    pub sizes: Vec<u64>,
    /// What was measured: `time` (thread CPU time) or `ops` (the count the
    /// probe returns).
    pub measure: String,
    /// Why the verdict is inconclusive, or why the probe could not run.
    pub reason: Option<String>,
    /// One line, as the hover shows it.
    pub summary: String,
}

fn measured_status(g: &MeasuredGrowth) -> MeasuredStatus {
    MeasuredStatus {
        verdict: g.verdict,
        slope: g.slope,
        expected: g.expected.clone(),
        expected_exponent: g.expected_exponent,
        sizes: g.sizes.clone(),
        measure: g.measure.clone(),
        reason: g.reason.clone(),
        summary: Growth::Measured(g)
            .hover_line()
            .map(|l| l.trim_start_matches("**Measured** ").to_string())
            .unwrap_or_default(),
    }
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TestsStatus {
    pub running: bool,
    /// Null until a run finished in this session.
    pub last_run: Option<LastRun>,
    /// From the progress store: counts of the last recorded run.
    pub recorded_passed: usize,
    pub recorded_failed: usize,
    pub runs: u64,
    /// Where the last check's tests are defined: one per test whose `fn`
    /// was found (empty before the first check).
    pub items: Vec<TestItem>,
}

/// A test of the last check and the name of its `fn`.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TestItem {
    /// `lib` or the integration test's name.
    pub target: String,
    /// libtest's name, `tests::empty`.
    pub name: String,
    pub uri: String,
    pub range: Range,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LastRun {
    /// The check's one status: `does-not-compile`, `failing`, `too-slow`
    /// or `solved`.
    pub status: CheckStatus,
    pub passed: usize,
    pub failed: usize,
    pub build_errors: usize,
    pub solved: bool,
    pub summary: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct HintsStatus {
    pub shown: usize,
    pub total: usize,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct TargetStatus {
    pub item: String,
    pub time: String,
    pub space: Option<String>,
}

/// `kata/statusChanged`: the server pushes a kata's status (the result
/// `kata/status` would give) whenever it changes, to clients that ask for
/// it with `capabilities.experimental.kataStatusNotification: true`.
pub enum StatusChanged {}

impl Notification for StatusChanged {
    type Params = StatusResult;
    const METHOD: &'static str = "kata/statusChanged";
}

pub fn uri_string(path: &std::path::Path) -> Option<String> {
    Uri::from_file_path(path).map(|u| u.as_str().to_string())
}

/// Where the outcome's tests are defined, read from the files now.
fn test_items(outcome: &CheckOutcome, kata: &KataCtx, enc: Encoding) -> Vec<TestItem> {
    test_locations(outcome, kata, enc, &mut read_file)
        .into_iter()
        .filter_map(|(i, path, range)| {
            let test = &outcome.test_results[i];
            Some(TestItem {
                target: test.target.clone(),
                name: test.name.clone(),
                uri: uri_string(&path)?,
                range,
            })
        })
        .collect()
}

pub fn status_of(kata: &KataCtx, enc: Encoding) -> StatusResult {
    let spec = &kata.kata.spec;
    let p = kata.progress();
    let last = kata.last_outcome();
    StatusResult {
        id: spec.id.clone(),
        crate_uri: uri_string(&kata.crate_dir),
        uri: uri_string(&kata.lib_path()),
        title: spec.title.clone(),
        difficulty: spec.difficulty.as_str().to_string(),
        status: p.status.as_str().to_string(),
        tests: TestsStatus {
            running: kata.is_running(),
            last_run: last.as_ref().map(|o| LastRun {
                status: o.status,
                passed: o.tests.passed,
                failed: o.tests.failed,
                build_errors: match o.status {
                    CheckStatus::DoesNotCompile => o.compile_errors.len().max(1),
                    _ => 0,
                },
                solved: o.solved(),
                summary: o.headline.clone(),
            }),
            recorded_passed: p.last_passed,
            recorded_failed: p.last_failed,
            runs: p.runs,
            items: last
                .as_ref()
                .map(|o| test_items(o, kata, enc))
                .unwrap_or_default(),
        },
        hints: HintsStatus {
            shown: p.hints_shown.min(spec.hints.len()),
            total: spec.hints.len(),
        },
        targets: spec
            .targets
            .iter()
            .map(|t| TargetStatus {
                item: t.item.clone(),
                time: t.time.clone(),
                space: t.space.clone(),
            })
            .collect(),
        probe_expect: spec.probe.as_ref().map(|p| p.expect.clone()),
        measuring: kata.is_measuring(),
        measured: if kata.is_measuring() {
            None
        } else {
            last.as_ref()
                .and_then(|o| o.measurement.growth())
                .map(measured_status)
        },
        revealed: p.revealed,
        outcome: last,
    }
}
