//! Engine results → protocol diagnostics: keystroke findings, a test run
//! (compile errors at their spans, each failing test on its `fn`, a
//! summary on the graded item), and a measurement that found the solution
//! growing too fast (a warning on the graded item).

use super::katas::{find_test_fn, graded_items, KataCtx, RunSummary, GROWTH_CODE};
use super::measured::Growth;
use super::to_proto::{self, Encoding};
use crate::analysis::{self, Finding};
use crate::catalog::Severity;
use crate::runner::{CompilerMessage, Outcome, Panic, RunReport, TestResult};
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

pub struct RunDiagnostics {
    pub summary: RunSummary,
    pub files: BTreeMap<PathBuf, Vec<Diagnostic>>,
}

/// Maps a finished (not cancelled) run to diagnostics by file. `read`
/// returns a file's current text.
pub fn from_run(
    report: &RunReport,
    ctx: &KataCtx,
    enc: Encoding,
    read: &mut dyn FnMut(&Path) -> Option<String>,
) -> RunDiagnostics {
    let mut files = Files {
        read,
        cache: HashMap::new(),
    };
    let mut out: BTreeMap<PathBuf, Vec<Diagnostic>> = BTreeMap::new();
    let build_errors: Vec<&CompilerMessage> = report.build.errors().collect();
    for message in &build_errors {
        if let Some((path, d)) = compile_error(message, ctx, enc, &mut files) {
            out.entry(path).or_default().push(d);
        }
    }
    let timeout = report.timeout.as_secs().max(1);
    for test in report.tests.iter().filter(|t| t.outcome.is_failure()) {
        let (path, d) = test_failure(test, ctx, enc, timeout, &mut files);
        out.entry(path).or_default().push(d);
    }
    let summary = RunSummary {
        passed: report.passed(),
        failed: report.failed(),
        build_errors: build_errors.len().max(usize::from(
            report.problem.is_none() && report.build_failed(),
        )),
        problem: report.problem.clone(),
        solved: report.all_passed(),
    };
    let lib = ctx.lib_path();
    let mut message = format!("kata `{}`: {}", ctx.id(), summary.status());
    if summary.failed > 0 && summary.problem.is_none() && summary.build_errors == 0 {
        message.push_str(" (each failing test is marked on its `fn`)");
    } else if summary.total() == 0 && summary.problem.is_none() && summary.build_errors == 0 {
        message = format!("kata `{}`: no test ran", ctx.id());
    }
    for range in graded_ranges(ctx, enc, &mut files) {
        out.entry(lib.clone()).or_default().push(diagnostic(
            range,
            DiagnosticSeverity::INFORMATION,
            "kata/summary",
            message.clone(),
        ));
    }
    for diags in out.values_mut() {
        diags.sort_by_key(|d| (d.range.start.line, d.range.start.character));
    }
    RunDiagnostics {
        summary,
        files: out,
    }
}

/// The names of the graded items in `src/lib.rs`, where run-wide
/// diagnostics go; the start of the file when there is none.
fn graded_ranges(ctx: &KataCtx, enc: Encoding, files: &mut Files) -> Vec<Range> {
    let ranges: Vec<Range> = match files.get(&ctx.lib_path()) {
        Some((text, rope)) => {
            let tree = analysis::parse(text);
            graded_items(&tree, text, &ctx.kata.spec.targets)
                .into_iter()
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

/// A measurement's diagnostics by file: when the verdict is "too slow", a
/// `complexity/measured-growth` warning on each graded item of
/// `src/lib.rs`. `read` returns a file's current text.
pub fn from_growth(
    growth: &Growth,
    ctx: &KataCtx,
    enc: Encoding,
    read: &mut dyn FnMut(&Path) -> Option<String>,
) -> BTreeMap<PathBuf, Vec<Diagnostic>> {
    let mut out = BTreeMap::new();
    let Some(message) = growth.warning() else {
        return out;
    };
    let mut files = Files {
        read,
        cache: HashMap::new(),
    };
    let diags = graded_ranges(ctx, enc, &mut files)
        .into_iter()
        .map(|range| {
            diagnostic(
                range,
                DiagnosticSeverity::WARNING,
                GROWTH_CODE,
                message.clone(),
            )
        })
        .collect();
    out.insert(ctx.lib_path(), diags);
    out
}

/// A path as cargo or a panic reports it: relative to the workspace root
/// (or the crate), or absolute.
fn resolve(ctx: &KataCtx, file: &str) -> PathBuf {
    let path = Path::new(file);
    if path.is_absolute() {
        return path.to_path_buf();
    }
    let from_root = ctx.cargo_root.join(path);
    if from_root.exists() {
        return from_root;
    }
    ctx.crate_dir.join(path)
}

fn line_col_range(line: Option<u32>, column: Option<u32>) -> Range {
    let p = Position::new(
        line.unwrap_or(1).saturating_sub(1),
        column.unwrap_or(1).saturating_sub(1),
    );
    Range::new(p, p)
}

fn compile_error(
    m: &CompilerMessage,
    ctx: &KataCtx,
    enc: Encoding,
    files: &mut Files,
) -> Option<(PathBuf, Diagnostic)> {
    let path = match &m.file {
        Some(file) => resolve(ctx, file),
        None => ctx.lib_path(),
    };
    let range = match (&m.byte_range, files.get(&path)) {
        (Some(bytes), Some((_, rope))) => to_proto::range(rope, enc, bytes.clone()),
        _ => line_col_range(m.line, m.column),
    };
    let mut message = m.message.clone();
    for note in m.rendered.lines().map(str::trim_start).filter_map(|l| {
        l.strip_prefix("= ")
            .or_else(|| l.strip_prefix("| "))
            .or(Some(l))
            .filter(|l| l.starts_with("note:") || l.starts_with("help:"))
    }) {
        message.push('\n');
        message.push_str(note);
    }
    let code = match &m.code {
        Some(code) => format!("build/{code}"),
        None => "build/error".to_string(),
    };
    Some((
        path,
        diagnostic(range, DiagnosticSeverity::ERROR, &code, message),
    ))
}

/// What a test panicked with, and where (the runner parsed libtest's
/// `thread 'x' (123) panicked at FILE:LINE:COL:` line).
pub fn panic_parts(p: &Panic) -> (String, Option<(String, u32, u32)>) {
    let location = match (&p.file, p.line) {
        (Some(file), Some(line)) => Some((file.clone(), line, p.column.unwrap_or(1))),
        _ => None,
    };
    (p.message.trim().to_string(), location)
}

/// `assert_eq!(actual, expected)`: libtest prints `left` and `right`; by
/// the usual convention, and in every kata's tests, left is what the
/// solution returned and right is what was expected.
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
    let (message, _) = test.panic.as_ref().map(panic_parts).unwrap_or_default();
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

fn test_code(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Failed => "test/failed",
        Outcome::TimedOut => "test/timeout",
        Outcome::StackOverflow => "test/stack-overflow",
        Outcome::OutOfMemory => "test/out-of-memory",
        Outcome::Crashed(_) => "test/crashed",
        Outcome::Passed | Outcome::Ignored => "test/ok",
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

fn test_failure(
    test: &TestResult,
    ctx: &KataCtx,
    enc: Encoding,
    timeout_secs: u64,
    files: &mut Files,
) -> (PathBuf, Diagnostic) {
    let message = failure_message(test, timeout_secs);
    let code = test_code(&test.outcome);
    let location = test.panic.as_ref().and_then(|p| panic_parts(p).1);
    let related = location.as_ref().and_then(|(file, line, col)| {
        let path = resolve(ctx, file);
        let uri = Uri::from_file_path(&path)?;
        let range = match files.get(&path) {
            Some((_, rope)) => {
                let p = Position::new(line.saturating_sub(1), col.saturating_sub(1));
                let start = to_proto::offset(rope, Encoding::Utf8, p);
                let start = to_proto::position(rope, enc, start);
                Range::new(start, start)
            }
            None => line_col_range(Some(*line), Some(*col)),
        };
        Some(DiagnosticRelatedInformation {
            location: Location::new(uri, range),
            message: "the test panicked here".into(),
        })
    });
    let mut found = None;
    for path in test_file(ctx, &test.target) {
        if let Some((text, rope)) = files.get(&path) {
            let tree = analysis::parse(text);
            if let Some(name) = find_test_fn(&tree, text, &test.name) {
                found = Some((path, to_proto::range(rope, enc, name)));
                break;
            }
        }
    }
    let (path, range) = match (found, &location) {
        (Some(found), _) => found,
        (None, Some((file, line, col))) => {
            (resolve(ctx, file), line_col_range(Some(*line), Some(*col)))
        }
        (None, None) => (ctx.lib_path(), Range::default()),
    };
    let mut d = diagnostic(range, DiagnosticSeverity::ERROR, code, message);
    d.related_information = related.map(|r| vec![r]);
    (path, d)
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
        assert_eq!(
            panic_parts(test.panic.as_ref().unwrap()).1,
            Some(("tests/pair_sum.rs".to_string(), 12, 5))
        );
        expect_test::expect![[r#"
            test `empty` failed: assertion `left == right` failed: input: []
            expected: []
            actual:   [1]"#]]
        .assert_eq(&failure_message(&test, 10));
    }
}
