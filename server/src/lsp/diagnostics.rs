//! Engine results → protocol diagnostics: keystroke findings, and a
//! finished check (compile errors at their spans, each failing test on its
//! `fn`, the headline on each graded item: a warning when too slow).

use super::katas::{find_test_fn, graded_items, KataCtx, GROWTH_CODE};
use super::to_proto::{self, Encoding};
use crate::analysis::{self, Finding};
use crate::catalog::Severity;
use crate::engine::outcome::{CompileError, Location as Place, TestCase};
use crate::engine::{CheckOutcome, DecidedBy, Status, TestOutcome};
use ropey::Rope;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Position, Range, Uri,
};

pub const SOURCE: &str = "kata";

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

pub fn diagnostic(
    range: Range,
    sev: DiagnosticSeverity,
    code: &str,
    message: String,
) -> Diagnostic {
    Diagnostic {
        range,
        severity: Some(sev),
        code: Some(NumberOrString::String(code.to_string())),
        source: Some(SOURCE.to_string()),
        message,
        ..Diagnostic::default()
    }
}

pub fn from_findings(
    findings: &[Finding],
    rope: &Rope,
    enc: Encoding,
    uri: &Uri,
) -> Vec<Diagnostic> {
    findings
        .iter()
        .map(|f| {
            let mut d = diagnostic(
                to_proto::range(rope, enc, f.range.clone()),
                severity(f.severity),
                &f.code,
                f.message.clone(),
            );
            if !f.related.is_empty() {
                d.related_information = Some(
                    f.related
                        .iter()
                        .map(|r| DiagnosticRelatedInformation {
                            location: Location::new(
                                uri.clone(),
                                to_proto::range(rope, enc, r.range.clone()),
                            ),
                            message: r.message.clone(),
                        })
                        .collect(),
                );
            }
            d
        })
        .collect()
}

/// Files read while mapping a run: text and a rope for positions.
struct Files<'a> {
    read: &'a mut dyn FnMut(&Path) -> Option<String>,
    cache: HashMap<PathBuf, Option<(String, Rope)>>,
}

impl Files<'_> {
    fn get(&mut self, path: &Path) -> Option<&(String, Rope)> {
        if !self.cache.contains_key(path) {
            let loaded = (self.read)(path).map(|text| {
                let rope = Rope::from_str(&text);
                (text, rope)
            });
            self.cache.insert(path.to_path_buf(), loaded);
        }
        self.cache.get(path).and_then(Option::as_ref)
    }
}

/// Maps a finished check to diagnostics by file: compile errors at their
/// spans, each failing test on its `fn` (with where it panicked), and the
/// outcome's headline on each graded item of `src/lib.rs` — a warning when
/// the solution is too slow, information otherwise. `read` returns a
/// file's current text.
pub fn from_outcome(
    outcome: &CheckOutcome,
    ctx: &KataCtx,
    enc: Encoding,
    read: &mut dyn FnMut(&Path) -> Option<String>,
) -> BTreeMap<PathBuf, Vec<Diagnostic>> {
    let mut files = Files {
        read,
        cache: HashMap::new(),
    };
    let mut out: BTreeMap<PathBuf, Vec<Diagnostic>> = BTreeMap::new();
    for error in &outcome.compile_errors {
        let (path, d) = compile_error(error, ctx, enc, &mut files);
        out.entry(path).or_default().push(d);
    }
    let failing: Vec<&TestCase> = outcome
        .test_results
        .iter()
        .filter(|t| t.outcome.is_failure())
        .collect();
    for test in &failing {
        let (path, d) = test_failure(test, ctx, enc, &mut files);
        out.entry(path).or_default().push(d);
    }
    for (path, d) in panic_sites(&failing, ctx, enc, &mut files) {
        out.entry(path).or_default().push(d);
    }
    let tests_fail = outcome.tests.failed > 0 && outcome.status == Status::Failing;
    let (severity, code) = match (outcome.status, outcome.decided_by) {
        (Status::TooSlow, DecidedBy::Measurement) => (DiagnosticSeverity::WARNING, GROWTH_CODE),
        (Status::TooSlow, _) => (DiagnosticSeverity::WARNING, "complexity/too-slow"),
        // Failing tests are marked in the tests file, which the learner
        // may not have open: the summary in `src/lib.rs` names them, as a
        // warning so that it is not filtered out with the notes.
        _ if tests_fail => (DiagnosticSeverity::WARNING, "kata/summary"),
        _ => (DiagnosticSeverity::INFORMATION, "kata/summary"),
    };
    let mut message = format!("kata `{}`: {}", ctx.id(), outcome.headline);
    if tests_fail {
        message.push_str(&failing_tests_list(&failing));
    }
    if let Some(note) = &outcome.note {
        message.push_str(&format!("\n{note}"));
    }
    // Too slow: on the items whose estimate misses its target, when the
    // estimate names any (the probe measures the kata as a whole, so a
    // warning on an O(1) `peek` would point at the wrong place); else on
    // every graded item.
    let slow_items: Vec<&str> = outcome
        .complexity
        .iter()
        .filter(|c| c.meets() == Some(false))
        .map(|c| c.item.as_str())
        .collect();
    let only =
        (outcome.status == Status::TooSlow && !slow_items.is_empty()).then_some(&slow_items[..]);
    for range in graded_ranges(ctx, enc, &mut files, only) {
        out.entry(ctx.lib_path()).or_default().push(diagnostic(
            range,
            severity,
            code,
            message.clone(),
        ));
    }
    for diags in out.values_mut() {
        diags.sort_by_key(|d| (d.range.start.line, d.range.start.character));
    }
    out
}

/// How many failing tests the summary names; the rest are counted.
const LISTED_FAILURES: usize = 5;

/// The failing tests, one line each: the name and why (the panic message,
/// expected and actual on the same line).
fn failing_tests_list(failing: &[&TestCase]) -> String {
    let mut out = String::new();
    for test in failing.iter().take(LISTED_FAILURES) {
        out.push_str(&format!("\n✘ {}: {}", test.name, failure_reason(test)));
    }
    if failing.len() > LISTED_FAILURES {
        out.push_str(&format!("\n… and {} more", failing.len() - LISTED_FAILURES));
    }
    out.push_str("\n(each failing test is marked on its `fn` in the tests)");
    out
}

/// A failing test's message on one line, without the part its name
/// already says.
fn failure_reason(test: &TestCase) -> String {
    let message = match &test.message {
        Some(m) => m.as_str(),
        None => return test_code(test.outcome).trim_start_matches("test/").into(),
    };
    // The name is already said: `test `t` failed: why`, `t timed out …`.
    let failed = format!("test `{}` failed", test.name);
    let message = match message.strip_prefix(&failed) {
        Some(rest) => rest.trim_start_matches(':'),
        None => message
            .strip_prefix(&test.name)
            .filter(|rest| rest.starts_with(' '))
            .unwrap_or(message),
    };
    let reason = message
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    if reason.is_empty() {
        return "failed".into();
    }
    shorten(&reason, 160)
}

/// `text` cut to about `max` characters, on a character boundary.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Where failing tests panicked inside the learner's own code (`src/`):
/// one error per place naming the tests, so that the failure shows in the
/// file being written, not only on the test `fn`s.
fn panic_sites(
    failing: &[&TestCase],
    ctx: &KataCtx,
    enc: Encoding,
    files: &mut Files,
) -> Vec<(PathBuf, Diagnostic)> {
    let mut sites: BTreeMap<(&str, usize, usize), Vec<&TestCase>> = BTreeMap::new();
    for test in failing {
        if let Some(loc) = &test.panic_location {
            if Path::new(&loc.file).starts_with("src") {
                sites
                    .entry((loc.file.as_str(), loc.line, loc.column))
                    .or_default()
                    .push(test);
            }
        }
    }
    sites
        .into_values()
        .map(|tests| {
            let loc = tests[0]
                .panic_location
                .as_ref()
                .expect("grouped by location");
            let path = ctx.crate_dir.join(&loc.file);
            let mut range = location_range(loc, files, &path, enc);
            if range.start == range.end {
                range = rest_of_line(range.start, files, &path, enc);
            }
            let names: Vec<&str> = tests.iter().map(|t| t.name.as_str()).collect();
            let message = format!(
                "{} {} panicked here: {}",
                if tests.len() == 1 { "test" } else { "tests" },
                shorten(&names.join(", "), 120),
                failure_reason(tests[0]),
            );
            (
                path,
                diagnostic(range, DiagnosticSeverity::ERROR, "test/panicked", message),
            )
        })
        .collect()
}

/// From `start` to the end of its line (without the line break): a
/// zero-width range is hard to see.
fn rest_of_line(start: Position, files: &mut Files, path: &Path, enc: Encoding) -> Range {
    let Some((_, rope)) = files.get(path) else {
        return Range::new(start, start);
    };
    let Some(line) = rope.get_line(start.line as usize) else {
        return Range::new(start, start);
    };
    let line_start = rope.line_to_byte(start.line as usize);
    let text = line.to_string();
    let end = line_start + text.trim_end_matches(['\n', '\r']).len();
    let end = to_proto::position(rope, enc, end);
    Range::new(start, end.max(start))
}

/// The names of the graded items in `src/lib.rs`, where run-wide
/// diagnostics go; the start of the file when there is none.
fn graded_ranges(
    ctx: &KataCtx,
    enc: Encoding,
    files: &mut Files,
    only: Option<&[&str]>,
) -> Vec<Range> {
    let ranges: Vec<Range> = match files.get(&ctx.lib_path()) {
        Some((text, rope)) => {
            let tree = analysis::parse(text);
            graded_items(&tree, text, &ctx.kata.spec.targets)
                .into_iter()
                .filter(|g| only.is_none_or(|items| items.contains(&g.target.item.as_str())))
                .map(|g| to_proto::range(rope, enc, g.name))
                .collect()
        }
        None => Vec::new(),
    };
    if ranges.is_empty() {
        vec![Range::default()]
    } else {
        ranges
    }
}

/// The range of a location in a file as it is now: its byte range when the
/// file still has those bytes, else its line and column.
fn location_range(loc: &Place, files: &mut Files, path: &Path, enc: Encoding) -> Range {
    match (&loc.bytes, files.get(path)) {
        (Some(b), Some((text, rope))) if b.end <= text.len() => {
            to_proto::range(rope, enc, b.start..b.end)
        }
        (_, Some((_, rope))) => {
            let p = Position::new(
                (loc.line as u32).saturating_sub(1),
                (loc.column as u32).saturating_sub(1),
            );
            let start = to_proto::offset(rope, Encoding::Utf8, p);
            let start = to_proto::position(rope, enc, start);
            Range::new(start, start)
        }
        _ => line_col_range(Some(loc.line as u32), Some(loc.column as u32)),
    }
}

fn line_col_range(line: Option<u32>, column: Option<u32>) -> Range {
    let p = Position::new(
        line.unwrap_or(1).saturating_sub(1),
        column.unwrap_or(1).saturating_sub(1),
    );
    Range::new(p, p)
}

fn compile_error(
    e: &CompileError,
    ctx: &KataCtx,
    enc: Encoding,
    files: &mut Files,
) -> (PathBuf, Diagnostic) {
    let (path, range) = match &e.location {
        Some(loc) => {
            let path = ctx.crate_dir.join(&loc.file);
            let range = location_range(loc, files, &path, enc);
            (path, range)
        }
        None => (ctx.lib_path(), Range::default()),
    };
    let mut message = e.message.clone();
    for note in e.rendered.lines().map(str::trim_start).filter_map(|l| {
        l.strip_prefix("= ")
            .or_else(|| l.strip_prefix("| "))
            .or(Some(l))
            .filter(|l| l.starts_with("note:") || l.starts_with("help:"))
    }) {
        message.push('\n');
        message.push_str(note);
    }
    let code = match &e.code {
        Some(code) => format!("build/{code}"),
        None => "build/error".to_string(),
    };
    (
        path,
        diagnostic(range, DiagnosticSeverity::ERROR, &code, message),
    )
}

fn test_code(outcome: TestOutcome) -> &'static str {
    match outcome {
        TestOutcome::Failed => "test/failed",
        TestOutcome::TimedOut => "test/timeout",
        TestOutcome::StackOverflow => "test/stack-overflow",
        TestOutcome::OutOfMemory => "test/out-of-memory",
        TestOutcome::Crashed => "test/crashed",
        TestOutcome::Passed | TestOutcome::Ignored => "test/ok",
    }
}

/// The file holding a test target's source.
fn test_file(ctx: &KataCtx, target: &str) -> Vec<PathBuf> {
    if target == "lib" {
        return vec![ctx.lib_path()];
    }
    let tests = ctx.crate_dir.join("tests");
    vec![
        tests.join(format!("{target}.rs")),
        tests.join(target).join("main.rs"),
    ]
}

/// The name of the test's `fn` in its file, if found.
fn locate_test(
    test: &TestCase,
    ctx: &KataCtx,
    enc: Encoding,
    files: &mut Files,
) -> Option<(PathBuf, Range)> {
    for path in test_file(ctx, &test.target) {
        if let Some((text, rope)) = files.get(&path) {
            let tree = analysis::parse(text);
            if let Some(name) = find_test_fn(&tree, text, &test.name) {
                return Some((path, to_proto::range(rope, enc, name)));
            }
        }
    }
    None
}

/// Where each test of a check is defined (the name of its `fn`), by its
/// index in `test_results`, for editors that list tests (`kata/status` →
/// `tests.items`). Tests whose `fn` is not found are left out.
pub fn test_locations(
    outcome: &CheckOutcome,
    ctx: &KataCtx,
    enc: Encoding,
    read: &mut dyn FnMut(&Path) -> Option<String>,
) -> Vec<(usize, PathBuf, Range)> {
    let mut files = Files {
        read,
        cache: HashMap::new(),
    };
    outcome
        .test_results
        .iter()
        .enumerate()
        .filter_map(|(i, test)| {
            let (path, range) = locate_test(test, ctx, enc, &mut files)?;
            Some((i, path, range))
        })
        .collect()
}

fn test_failure(
    test: &TestCase,
    ctx: &KataCtx,
    enc: Encoding,
    files: &mut Files,
) -> (PathBuf, Diagnostic) {
    let message = test
        .message
        .clone()
        .unwrap_or_else(|| format!("test `{}` failed", test.name));
    let code = test_code(test.outcome);
    let related = test.panic_location.as_ref().and_then(|loc| {
        let path = ctx.crate_dir.join(&loc.file);
        let uri = Uri::from_file_path(&path)?;
        let range = location_range(loc, files, &path, enc);
        Some(DiagnosticRelatedInformation {
            location: Location::new(uri, range),
            message: "the test panicked here".into(),
        })
    });
    let found = locate_test(test, ctx, enc, files);
    let (path, range) = match (found, &test.panic_location) {
        (Some(found), _) => found,
        (None, Some(loc)) => {
            let path = ctx.crate_dir.join(&loc.file);
            let range = location_range(loc, files, &path, enc);
            (path, range)
        }
        (None, None) => (ctx.lib_path(), Range::default()),
    };
    let mut d = diagnostic(range, DiagnosticSeverity::ERROR, code, message);
    d.related_information = related.map(|r| vec![r]);
    (path, d)
}

/// A file's current text, as a check's diagnostics are mapped against it.
pub fn read_file(path: &std::path::Path) -> Option<String> {
    std::fs::read(path)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
}
