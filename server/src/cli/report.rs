//! The report of `kata check` and its output formats: human, JSON
//! (schema in docs/json-report.md), JUnit XML, SARIF 2.1.0 and GitHub
//! workflow annotations.

use crate::analysis::Finding;
use crate::catalog::{line_col, Kata};
use crate::runner::{Outcome, RunReport, TestResult};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Debug, Clone, Serialize)]
pub struct Location {
    /// Relative to the kata crate.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportFinding {
    #[serde(flatten)]
    pub location: Location,
    pub severity: String,
    pub code: String,
    pub message: String,
}

impl ReportFinding {
    pub fn from_finding(f: &Finding, file: &str, text: &str) -> ReportFinding {
        let (line, column) = line_col(text, f.range.start);
        let (end_line, end_column) = line_col(text, f.range.end);
        ReportFinding {
            location: Location {
                file: file.into(),
                line,
                column,
                end_line,
                end_column,
            },
            severity: f.severity.as_str().into(),
            code: f.code.clone(),
            message: f.message.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CompileError {
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub code: Option<String>,
    pub message: String,
    pub rendered: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    pub target: String,
    pub name: String,
    pub outcome: &'static str,
    pub message: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KataReport {
    pub id: String,
    pub title: String,
    pub passed: bool,
    pub crate_dir: PathBuf,
    pub timeout_secs: u64,
    pub findings: Vec<ReportFinding>,
    pub compile_errors: Vec<CompileError>,
    pub tests: Vec<TestReport>,
    pub problem: Option<String>,
    /// Per `[[target]]`: the static complexity estimate of the learner's code.
    pub complexity: Vec<TargetEstimate>,
    /// The measured growth (after the tests pass), if the kata has a probe.
    pub measured: Option<MeasuredReport>,
    /// Crate path relative to the workspace, to locate files for CI tools.
    #[serde(skip)]
    pub rel_dir: String,
}

/// The static estimate for one graded item, against its target.
#[derive(Debug, Clone, Serialize)]
pub struct TargetEstimate {
    pub item: String,
    pub target_time: String,
    pub target_space: Option<String>,
    /// `None` when the file has no such item.
    pub time: Option<String>,
    pub space: Option<String>,
    pub confidence: Option<String>,
    /// Time and space within the targets (`None` when not found or not
    /// written yet).
    pub meets: Option<bool>,
    /// The item still calls `todo!()`.
    pub unwritten: bool,
    /// Line of the item's name in src/lib.rs.
    pub line: Option<usize>,
    /// The derivation: `line 12: `for x in nums` ×n`.
    pub derivation: Vec<String>,
}

impl TargetEstimate {
    pub fn from_estimates(
        estimates: &[crate::analysis::complexity::ItemEstimate],
        targets: &[crate::catalog::Target],
        text: &str,
    ) -> Vec<TargetEstimate> {
        use crate::analysis::complexity;
        use crate::analysis::target_check::check_targets;
        let checks = check_targets(estimates, targets);
        targets
            .iter()
            .zip(checks)
            .map(|(t, check)| {
                let est = complexity::find(estimates, &t.item);
                let meets = est.filter(|e| !e.unwritten).map(|_| check.meets());
                TargetEstimate {
                    item: t.item.clone(),
                    target_time: t.time.clone(),
                    target_space: t.space.clone(),
                    time: est.map(|e| e.time.to_string()),
                    space: est.map(|e| e.space.to_string()),
                    confidence: est.map(|e| e.confidence.to_string()),
                    meets,
                    unwritten: check.unwritten,
                    line: est.map(|e| line_col(text, e.range.start).0),
                    derivation: est
                        .map(|e| {
                            e.steps
                                .iter()
                                .chain(&e.space_steps)
                                .map(|s| {
                                    format!("line {}: {}", line_col(text, s.range.start).0, s.text)
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                }
            })
            .collect()
    }

    /// `pair_sum: O(n^2) time, O(1) space; target O(n) time, O(n) space`
    pub fn summary(&self) -> String {
        match (&self.time, &self.space) {
            _ if self.unwritten => format!(
                "{}: not written yet (target {} time{})",
                self.item,
                self.target_time,
                self.target_space
                    .as_deref()
                    .map_or(String::new(), |s| format!(", {s} space"))
            ),
            (Some(t), Some(s)) => format!(
                "{}: {t} time, {s} space (target {} time{})",
                self.item,
                self.target_time,
                self.target_space
                    .as_deref()
                    .map_or(String::new(), |s| format!(", {s} space"))
            ),
            _ => format!("{}: not found in src/lib.rs", self.item),
        }
    }
}

/// The scaling probe's outcome.
#[derive(Debug, Clone, Serialize)]
pub struct MeasuredReport {
    /// `pass`, `too-slow`, `inconclusive` or `error`.
    pub status: &'static str,
    pub summary: String,
    pub measurement: Option<crate::runner::probe::Measurement>,
}

impl MeasuredReport {
    pub fn from_result(
        result: Result<crate::runner::probe::Measurement, crate::runner::probe::ProbeError>,
    ) -> Option<MeasuredReport> {
        use crate::runner::probe::{ProbeError, Verdict};
        match result {
            Ok(m) => Some(MeasuredReport {
                status: match m.verdict {
                    Verdict::Pass => "pass",
                    Verdict::TooSlow { .. } => "too-slow",
                    Verdict::Inconclusive { .. } => "inconclusive",
                },
                summary: m.summary(),
                measurement: Some(m),
            }),
            Err(ProbeError::NoProbe) => None,
            Err(e) => Some(MeasuredReport {
                status: "error",
                summary: e.to_string(),
                measurement: None,
            }),
        }
    }
}

fn outcome_name(o: &Outcome) -> &'static str {
    match o {
        Outcome::Passed => "passed",
        Outcome::Failed => "failed",
        Outcome::Ignored => "ignored",
        Outcome::TimedOut => "timed-out",
        Outcome::StackOverflow => "stack-overflow",
        Outcome::OutOfMemory => "out-of-memory",
        Outcome::Crashed(_) => "crashed",
    }
}

impl KataReport {
    pub fn new(kata: &Kata, ws_root: &Path, crate_dir: &Path, timeout: Duration) -> KataReport {
        KataReport {
            id: kata.id().into(),
            title: kata.spec.title.clone(),
            passed: false,
            crate_dir: crate_dir.to_path_buf(),
            timeout_secs: timeout.as_secs(),
            findings: Vec::new(),
            compile_errors: Vec::new(),
            tests: Vec::new(),
            problem: None,
            complexity: Vec::new(),
            measured: None,
            rel_dir: crate_dir
                .strip_prefix(ws_root)
                .unwrap_or(crate_dir)
                .to_string_lossy()
                .into_owned(),
        }
    }

    pub fn add_run(&mut self, run: RunReport) {
        let prefix = format!("{}/", self.rel_dir);
        for m in run.build.errors() {
            self.compile_errors.push(CompileError {
                file: m
                    .file
                    .as_ref()
                    .map(|f| f.strip_prefix(&prefix).unwrap_or(f).to_string()),
                line: m.line,
                column: m.column,
                code: m.code.clone(),
                message: m.message.clone(),
                rendered: m.rendered.clone(),
            });
        }
        if self.problem.is_none() {
            self.problem = run.problem.clone();
        }
        if run.build_failed() && self.compile_errors.is_empty() && self.problem.is_none() {
            self.problem = Some("the build failed".into());
        }
        let timeout = run.timeout.as_secs();
        for t in &run.tests {
            let mut report = test_report(t, timeout);
            if let Some(file) = &mut report.file {
                if let Some(rel) = file.strip_prefix(&prefix) {
                    *file = rel.to_string();
                }
            }
            self.tests.push(report);
        }
        if !run.build_failed() && run.tests.iter().all(|t| t.outcome == Outcome::Ignored) {
            self.problem.get_or_insert_with(|| "no test ran".into());
        }
        self.passed = !self.findings.iter().any(|f| f.severity == "error")
            && self.problem.is_none()
            && run.all_passed();
    }

    pub fn passed(&self) -> bool {
        self.passed
    }
    pub fn tests_passed(&self) -> usize {
        self.tests.iter().filter(|t| t.outcome == "passed").count()
    }
    pub fn tests_failed(&self) -> usize {
        self.tests
            .iter()
            .filter(|t| t.outcome != "passed" && t.outcome != "ignored")
            .count()
    }
}

fn test_report(t: &TestResult, timeout: u64) -> TestReport {
    let panic = t.panic.as_ref();
    TestReport {
        target: t.target.clone(),
        name: t.name.clone(),
        outcome: outcome_name(&t.outcome),
        message: (t.outcome.is_failure()).then(|| t.summary(timeout)),
        file: panic.and_then(|p| p.file.clone()),
        line: panic.and_then(|p| p.line),
        column: panic.and_then(|p| p.column),
    }
}

pub fn human(reports: &[KataReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let mark = if r.passed { "✔" } else { "✘" };
        out.push_str(&format!("{mark} {} — {}\n", r.id, r.title));
        for f in &r.findings {
            let l = &f.location;
            out.push_str(&format!(
                "  {}: {}/{}:{}:{} [{}] {}\n",
                f.severity, r.rel_dir, l.file, l.line, l.column, f.code, f.message
            ));
        }
        for e in &r.compile_errors {
            let at = match (&e.file, e.line, e.column) {
                (Some(f), Some(l), Some(c)) => format!("{}/{f}:{l}:{c}: ", r.rel_dir),
                _ => String::new(),
            };
            out.push_str(&format!("  compile error: {at}{}\n", e.message));
        }
        if let Some(p) = &r.problem {
            out.push_str(&format!("  problem: {p}\n"));
        }
        for t in r.tests.iter().filter(|t| t.message.is_some()) {
            let at = match (&t.file, t.line) {
                (Some(f), Some(l)) => format!(" ({}/{f}:{l})", r.rel_dir),
                _ => String::new(),
            };
            let msg =
                shorten_lines(t.message.as_deref().unwrap_or_default()).replace('\n', "\n      ");
            out.push_str(&format!("  ✘ {msg}{at}\n"));
        }
        if !r.tests.is_empty() {
            out.push_str(&format!(
                "  tests: {} passed, {} failed\n",
                r.tests_passed(),
                r.tests_failed()
            ));
        }
        for c in &r.complexity {
            let mark = match c.meets {
                Some(true) => "✔",
                Some(false) => "⚠",
                None if c.unwritten => "·",
                None => "?",
            };
            out.push_str(&format!("  complexity {mark} {}\n", c.summary()));
        }
        if let Some(m) = &r.measured {
            let mark = match m.status {
                "pass" => "✔",
                "too-slow" => "⚠",
                _ => "?",
            };
            out.push_str(&format!("  measured {mark} {}\n", m.summary));
        }
    }
    let passed = reports.iter().filter(|r| r.passed).count();
    out.push_str(&format!("\n{passed} of {} katas pass\n", reports.len()));
    out
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

pub fn json(reports: &[KataReport]) -> String {
    let passed = reports.iter().filter(|r| r.passed).count();
    let doc = serde_json::json!({
        "version": 1,
        "katas": reports,
        "summary": { "katas": reports.len(), "passed": passed, "failed": reports.len() - passed },
    });
    serde_json::to_string_pretty(&doc).expect("reports serialise") + "\n"
}

pub fn junit(reports: &[KataReport]) -> String {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut doc = Report::new("kata");
    for r in reports {
        let mut suite = TestSuite::new(r.id.as_str());
        let mut check = |name: &str, failure: Option<(String, &str)>| {
            let status = match failure {
                None => TestCaseStatus::success(),
                Some((_, "skipped")) => TestCaseStatus::skipped(),
                Some((message, kind)) => {
                    let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    s.set_message(message).set_type(kind);
                    s
                }
            };
            let mut case = TestCase::new(name, status);
            case.set_classname(format!("kata.{}", r.id));
            suite.add_test_case(case);
        };
        let findings: Vec<String> = r
            .findings
            .iter()
            .filter(|f| !f.code.starts_with("complexity/"))
            .map(|f| {
                format!(
                    "{}:{}:{} [{}] {}",
                    f.location.file, f.location.line, f.location.column, f.code, f.message
                )
            })
            .collect();
        check(
            "check::rules",
            (!findings.is_empty()).then(|| (findings.join("\n"), "rules")),
        );
        let errors: Vec<String> = r
            .compile_errors
            .iter()
            .map(|e| e.rendered.clone())
            .chain(r.problem.clone())
            .collect();
        check(
            "check::build",
            (!errors.is_empty()).then(|| (errors.join("\n"), "build")),
        );
        for c in &r.complexity {
            let failure = (c.meets == Some(false)).then(|| {
                let why: Vec<String> = r
                    .findings
                    .iter()
                    .filter(|f| f.code.starts_with("complexity/"))
                    .map(|f| {
                        format!(
                            "{}:{} [{}] {}",
                            f.location.file, f.location.line, f.code, f.message
                        )
                    })
                    .collect();
                (format!("{}\n{}", c.summary(), why.join("\n")), "complexity")
            });
            check(&format!("complexity::{}", c.item), failure);
        }
        if let Some(m) = &r.measured {
            let failure = match m.status {
                "pass" => None,
                "too-slow" => Some((m.summary.clone(), "complexity")),
                _ => Some((String::new(), "skipped")),
            };
            check("complexity::measured-growth", failure);
        }
        for t in &r.tests {
            let failure = t.message.clone().map(|m| (m, t.outcome));
            let name = format!("{}::{}", t.target, t.name);
            if t.outcome == "ignored" {
                check(&name, Some((String::new(), "skipped")));
            } else {
                check(&name, failure);
            }
        }
        doc.add_test_suite(suite);
    }
    doc.to_string().expect("junit serialises") + "\n"
}

pub fn sarif(reports: &[KataReport]) -> String {
    let mut rules = Vec::new();
    let mut results = Vec::new();
    for r in reports {
        for f in &r.findings {
            if !rules
                .iter()
                .any(|rule: &serde_json::Value| rule["id"] == f.code.as_str())
            {
                rules.push(
                    serde_json::json!({"id": f.code, "shortDescription": {"text": f.message}}),
                );
            }
            let level = match f.severity.as_str() {
                "error" => "error",
                "warning" => "warning",
                _ => "note",
            };
            let l = &f.location;
            results.push(serde_json::json!({
                "ruleId": f.code,
                "level": level,
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": format!("{}/{}", r.rel_dir, l.file), "uriBaseId": "WORKSPACE"},
                    "region": {"startLine": l.line, "startColumn": l.column, "endLine": l.end_line, "endColumn": l.end_column}
                }}],
            }));
        }
    }
    for r in reports {
        let Some(m) = &r.measured else { continue };
        if m.status == "pass" {
            continue;
        }
        let id = "complexity/measured-growth";
        if !rules
            .iter()
            .any(|rule: &serde_json::Value| rule["id"] == id)
        {
            rules.push(serde_json::json!({"id": id, "shortDescription": {"text": "measured growth of the solution against the kata's expected class"}}));
        }
        results.push(serde_json::json!({
            "ruleId": id,
            "level": if m.status == "too-slow" { "warning" } else { "note" },
            "message": {"text": format!("{}: {}", r.id, m.summary)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": format!("{}/src/lib.rs", r.rel_dir), "uriBaseId": "WORKSPACE"}
            }}],
        }));
    }
    let doc = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "kata", "version": env!("CARGO_PKG_VERSION"), "informationUri": "https://github.com/kata-dojo/kata", "rules": rules}},
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&doc).expect("sarif serialises") + "\n"
}

/// `::error file=…,line=…,col=…,title=…::message` workflow commands.
pub fn github(reports: &[KataReport]) -> String {
    fn escape_data(s: &str) -> String {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    }
    fn escape_prop(s: &str) -> String {
        escape_data(s).replace(':', "%3A").replace(',', "%2C")
    }
    let mut out = String::new();
    for r in reports {
        for f in &r.findings {
            let level = if f.severity == "error" {
                "error"
            } else if f.severity == "warning" {
                "warning"
            } else {
                "notice"
            };
            let l = &f.location;
            out.push_str(&format!(
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                escape_prop(&format!("{}/{}", r.rel_dir, l.file)),
                l.line,
                l.column,
                l.end_line,
                l.end_column,
                escape_prop(&format!("{}: {}", r.id, f.code)),
                escape_data(&f.message)
            ));
        }
        for e in &r.compile_errors {
            let place = match (&e.file, e.line, e.column) {
                (Some(f), Some(l), Some(c)) => format!(
                    " file={},line={l},col={c},",
                    escape_prop(&format!("{}/{f}", r.rel_dir))
                ),
                _ => " ".into(),
            };
            out.push_str(&format!(
                "::error{place}title={}::{}\n",
                escape_prop(&format!("{}: compile error", r.id)),
                escape_data(&e.message)
            ));
        }
        if let Some(p) = &r.problem {
            out.push_str(&format!(
                "::error title={}::{}\n",
                escape_prop(&r.id),
                escape_data(p)
            ));
        }
        for t in &r.tests {
            let Some(message) = &t.message else { continue };
            let place = match (&t.file, t.line) {
                (Some(f), Some(l)) => format!(
                    " file={},line={l},",
                    escape_prop(&format!("{}/{f}", r.rel_dir))
                ),
                _ => " ".into(),
            };
            out.push_str(&format!(
                "::error{place}title={}::{}\n",
                escape_prop(&format!("{}: {}", r.id, t.name)),
                escape_data(message)
            ));
        }
        if let Some(m) = &r.measured {
            let level = match m.status {
                "pass" => "notice",
                "too-slow" => "warning",
                _ => "notice",
            };
            out.push_str(&format!(
                "::{level} file={},title={}::{}\n",
                escape_prop(&format!("{}/src/lib.rs", r.rel_dir)),
                escape_prop(&format!("{}: measured growth", r.id)),
                escape_data(&m.summary)
            ));
        }
        let summary = if r.passed { "passed" } else { "failed" };
        out.push_str(&format!(
            "{}: {summary} ({} tests passed, {} failed)\n",
            r.id,
            r.tests_passed(),
            r.tests_failed()
        ));
    }
    out
}
