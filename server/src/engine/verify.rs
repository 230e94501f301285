//! Verifying a kata pack: for every kata, its files are present,
//! kata.toml is valid, every rule query compiles, the starter compiles and
//! fails its tests, the reference passes its tests, breaks no rule and meets
//! its targets (static estimate and measured growth), and the naive solution
//! (when there is one) passes its tests and misses a target. `kata verify`
//! renders what this returns.

use super::scratch;
use crate::analysis::complexity;
use crate::analysis::target_check::{check_targets, exponent_gap};
use crate::analysis::{self, CompiledRules};
use crate::catalog::Kata;
use crate::runner::probe::{self, Measurement, ProbeOptions};
use crate::runner::{self, CrateRef, RunOptions, RunReport};
use std::path::Path;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Variant {
    Starter,
    Reference,
    Naive,
}

impl Variant {
    fn name(self) -> &'static str {
        match self {
            Variant::Starter => "starter",
            Variant::Reference => "reference",
            Variant::Naive => "naive",
        }
    }
}

/// Returns the problems found (empty when sound) and a one-line summary.
pub async fn verify_kata(
    kata: &Kata,
    scratch: &Path,
    timeout: Option<u64>,
    measure: bool,
) -> (Vec<String>, String) {
    let mut problems = static_problems(kata);
    let timeout = Duration::from_secs(timeout.or(kata.timeout_secs()).unwrap_or(30));
    let mut summary = Vec::new();
    let estimates = |src: &str| complexity::estimate(src, &analysis::parse(src));
    let ref_est = kata.reference().map(estimates).unwrap_or_default();
    let naive_est = kata.naive().map(estimates);
    // The naive solution must be measurably slower only where its estimate
    // is at least a power of n worse than the reference's.
    let gap = naive_est
        .as_ref()
        .map_or(0.0, |n| exponent_gap(&kata.spec.targets, &ref_est, n));
    let variants = [
        (Variant::Starter, Some(kata.starter())),
        (Variant::Reference, kata.reference()),
        (Variant::Naive, kata.naive()),
    ];
    for (variant, lib) in variants {
        let Some(lib) = lib else { continue };
        let (krate, report) = match build_and_test(kata, variant, lib, scratch, timeout).await {
            Ok(done) => done,
            Err(e) => {
                problems.push(format!("{}: {e}", variant.name()));
                continue;
            }
        };
        let total = report.tests.len();
        if variant == Variant::Starter {
            if report.build_failed() {
                problems.push(format!(
                    "starter does not compile: {}",
                    first_error(&report)
                ));
            } else if report.failed() == 0 {
                problems.push("starter passes its tests; a starter must fail them".into());
            } else {
                summary.push(format!(
                    "starter fails {} of {total} tests",
                    report.failed()
                ));
            }
            continue;
        }
        if report.build_failed() {
            problems.push(format!(
                "{} does not compile: {}",
                variant.name(),
                first_error(&report)
            ));
            continue;
        }
        if !report.all_passed() {
            let failed: Vec<String> = report
                .tests
                .iter()
                .filter(|t| t.outcome.is_failure())
                .map(|t| super::shorten_lines(&t.summary(timeout.as_secs())))
                .collect();
            problems.push(format!("{} fails: {}", variant.name(), failed.join(" | ")));
            continue;
        }
        let mut line = format!("{} passes {total}", variant.name());
        let est = if variant == Variant::Reference {
            &ref_est
        } else {
            naive_est.as_deref().unwrap_or_default()
        };
        let rows = check_targets(est, &kata.spec.targets);
        if variant == Variant::Reference {
            match rows
                .iter()
                .zip(&kata.spec.targets)
                .find(|(r, _)| !r.meets())
            {
                None => line.push_str(", meets its targets (static)"),
                Some((row, target)) => problems.push(format!(
                    "the reference's static estimate misses a target: {} {}",
                    row.item,
                    row.describe(target)
                )),
            }
        } else {
            let over = rows
                .iter()
                .zip(&kata.spec.targets)
                .find(|(r, _)| r.estimate.is_some() && !r.meets());
            match over {
                Some((row, target)) => line.push_str(&format!(
                    ", misses its target: {} {} (static)",
                    row.item,
                    row.describe(target)
                )),
                None => problems.push(
                    "the naive solution's static estimate meets every target; \
                     the estimator cannot tell it from the reference"
                        .into(),
                ),
            }
        }
        if measure {
            let must_flag = variant == Variant::Naive && gap >= 1.0;
            match measure_growth(kata, &krate, scratch, variant, must_flag).await {
                Ok(text) => line.push_str(&format!(", {text}")),
                Err(problem) => problems.push(format!("{}: {problem}", variant.name())),
            }
        }
        summary.push(line);
    }
    if kata.naive().is_none() {
        summary.push("no naive solution".into());
    }
    (problems, summary.join("; "))
}

/// Measures the solution's growth with the kata's probe. The reference must
/// pass; the naive solution must be flagged when `must_flag`. A verdict
/// that disagrees is measured once more before it counts: the machine is
/// shared, and one noisy run should not fail the pack.
async fn measure_growth(
    kata: &Kata,
    krate: &CrateRef,
    scratch: &Path,
    variant: Variant,
    must_flag: bool,
) -> Result<String, String> {
    let (Some(spec), Some(probe_src)) = (&kata.spec.probe, kata.file("probe.rs")) else {
        return Ok("no probe".into());
    };
    let expect = probe::Expect::of(spec)?;
    let cancel = CancellationToken::new();
    let exe = probe::build_probe(krate, &scratch.join("target"), probe_src, &cancel)
        .await
        .map_err(|e| e.to_string())?;
    let options = ProbeOptions::for_probe(spec);
    let wanted = |m: &Measurement| match variant {
        Variant::Reference => m.verdict.is_pass(),
        _ => !must_flag || m.verdict.is_flagged(),
    };
    let mut last = None;
    for _ in 0..2 {
        let m = probe::measure(&exe, &krate.crate_dir, expect, &options, &cancel)
            .await
            .map_err(|e| e.to_string())?;
        if wanted(&m) {
            let summary = m.summary();
            return Ok(if summary.starts_with("measured") {
                summary
            } else {
                format!("measured: {summary}")
            });
        }
        last = Some(m);
    }
    let m = last.expect("measured at least once");
    Err(match variant {
        Variant::Reference => format!("measured growth does not pass: {}", m.summary()),
        _ => format!(
            "measured growth is not flagged although its estimate is a power of n slower: {}",
            m.summary()
        ),
    })
}

/// The built-in pack's standard (`--strict`): enough tests and hints, at
/// least one rule, and a prompt with every section a learner relies on.
pub fn pack_standard_problems(kata: &Kata) -> Vec<String> {
    let mut problems = Vec::new();
    let tests: usize = kata
        .test_files()
        .map(|(_, text)| text.matches("#[test]").count())
        .sum();
    if tests < 8 {
        problems.push(format!(
            "only {tests} tests (the pack standard is at least 8)"
        ));
    }
    if kata.spec.hints.len() < 3 {
        problems.push(format!(
            "only {} hints (the pack standard is at least 3)",
            kata.spec.hints.len()
        ));
    }
    if kata.spec.rules.is_empty() {
        problems.push("no [[rule]] (the pack standard is at least one)".into());
    }
    // `kata new` marks what the author still has to write (a starter's
    // TODOs are for the learner).
    for (path, text) in kata.files.iter().filter(|(p, _)| !p.starts_with("src/")) {
        let todos: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.contains("TODO"))
            .map(|(i, _)| i + 1)
            .collect();
        if let Some(first) = todos.first() {
            problems.push(format!(
                "{path} still has {} TODO{} (first on line {first})",
                todos.len(),
                if todos.len() == 1 { "" } else { "s" }
            ));
        }
    }
    let headings: Vec<String> = kata
        .prompt()
        .lines()
        .filter(|l| l.starts_with("## "))
        .map(str::to_lowercase)
        .collect();
    for (wanted, what) in [
        ("example", "examples"),
        ("constraint", "constraints"),
        ("target", "the target complexity"),
        ("follow", "follow-up questions"),
    ] {
        let found = headings
            .iter()
            .any(|h| h.contains(wanted) || (wanted == "target" && h.contains("complexity")));
        if !found {
            problems.push(format!("README.md has no section on {what}"));
        }
    }
    problems
}

/// Checks that need no compiler: files, hints, targets, queries, rules.
fn static_problems(kata: &Kata) -> Vec<String> {
    let mut problems = Vec::new();
    let tests_file = format!("tests/{}.rs", kata.lib_name());
    for file in [
        "README.md",
        "src/lib.rs",
        "solution/reference.rs",
        "probe.rs",
        tests_file.as_str(),
    ] {
        if kata.file(file).is_none() {
            problems.push(format!("missing {file}"));
        }
    }
    if kata.spec.hints.is_empty() {
        problems.push("no [[hint]]".into());
    }
    if kata.spec.targets.is_empty() {
        problems.push("no [[target]]".into());
    }
    if kata.spec.probe.is_none() {
        problems.push("no [probe]".into());
    }
    let (rules, errors) = CompiledRules::compile(&kata.spec);
    problems.extend(errors.iter().map(|e| e.to_string()));
    for (name, text) in [("reference", kata.reference()), ("naive", kata.naive())] {
        let Some(text) = text else { continue };
        let tree = analysis::parse(text);
        let estimates = super::check::estimates(text, &tree);
        for finding in analysis::check(text, &tree, &rules, &estimates) {
            // The naive solution may break rules meant for the learner; the
            // reference must not, and neither may have syntax errors.
            if name == "reference" || finding.code.starts_with("syntax/") {
                let (line, _) = crate::catalog::line_col(text, finding.range.start);
                problems.push(format!(
                    "{name} line {line}: [{}] {}",
                    finding.code, finding.message
                ));
            }
        }
    }
    problems
}

async fn build_and_test(
    kata: &Kata,
    variant: Variant,
    lib: &str,
    scratch: &Path,
    timeout: Duration,
) -> anyhow::Result<(CrateRef, RunReport)> {
    let krate = scratch::scratch_crate(scratch, variant.name(), kata, lib)?;
    let target = scratch.join("target");
    let options = RunOptions { timeout };
    let report =
        runner::run_tests_in(&krate, &target, &options, &CancellationToken::new(), |_| {}).await;
    Ok((krate, report))
}

fn first_error(report: &RunReport) -> String {
    report
        .build
        .errors()
        .next()
        .map(|e| {
            format!(
                "{} ({}:{})",
                e.message,
                e.file.as_deref().unwrap_or("?"),
                e.line.unwrap_or(0)
            )
        })
        .or_else(|| report.problem.clone())
        .unwrap_or_else(|| "unknown build failure".into())
}
