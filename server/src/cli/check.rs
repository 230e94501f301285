//! `kata check`: the same pipeline the language server runs on save, for
//! one kata, several, or all started ones.

use super::report::{self, KataReport, Location, MeasuredReport, ReportFinding, TargetEstimate};
use super::{CliError, CliResult, Context, Format};
use crate::analysis::{self, complexity, CompiledRules};
use crate::catalog::Kata;
use crate::practice::{kata_of_path, Status, Workspace};
use crate::runner::{self, CrateRef, RunOptions};
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

pub struct CheckArgs {
    pub targets: Vec<String>,
    pub all: bool,
    pub format: Format,
    pub timeout: Option<u64>,
    /// Measure growth with the kata's probe once the tests pass.
    pub measure: bool,
}

pub fn run(ctx: &Context, args: CheckArgs) -> CliResult {
    let CheckArgs {
        targets,
        all,
        format,
        timeout,
        measure,
    } = args;
    let ws = ctx.workspace()?;
    super::require_cargo()?;
    let ids = resolve_targets(ctx, &ws, &targets, all)?;
    if ids.is_empty() {
        return Err(CliError::new("no kata is started in this workspace")
            .hint("start one with `kata start ID`"));
    }
    let rt = super::runtime();
    let mut reports = Vec::new();
    for id in &ids {
        let kata = ctx.kata(id)?;
        if !ws.is_started(id) {
            return Err(CliError::new(format!("kata `{id}` is not started"))
                .hint(format!("start it with `kata start {id}`")));
        }
        let secs = timeout
            .or(kata.timeout_secs())
            .unwrap_or(runner::DEFAULT_TIMEOUT.as_secs());
        let report = rt.block_on(check_kata(
            &ws,
            kata,
            Duration::from_secs(secs.max(1)),
            measure,
        ));
        if report.passed() {
            ws.progress().update_kata(id, |p| {
                p.status = Status::Solved;
                p.solved_at
                    .get_or_insert_with(crate::practice::now_secs_public);
            })?;
        }
        ws.progress().update_kata(id, |p| {
            if p.status == Status::New {
                p.status = Status::Started;
            }
            p.runs += 1;
            p.last_passed = report.tests_passed();
            p.last_failed = report.tests_failed();
        })?;
        reports.push(report);
    }
    let out = match format {
        Format::Human => report::human(&reports),
        Format::Json => report::json(&reports),
        Format::Junit => report::junit(&reports),
        Format::Sarif => report::sarif(&reports),
        Format::Github => report::github(&reports),
    };
    print!("{out}");
    Ok(if reports.iter().all(KataReport::passed) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn resolve_targets(
    ctx: &Context,
    ws: &Workspace,
    targets: &[String],
    all: bool,
) -> CliResult<Vec<String>> {
    if all || (targets.is_empty() && current_kata().is_none()) {
        return Ok(ws
            .started_ids()
            .into_iter()
            .filter(|id| ctx.pack.get(id).is_some())
            .collect());
    }
    if targets.is_empty() {
        return Ok(current_kata().into_iter().collect());
    }
    targets
        .iter()
        .map(|t| {
            let path = Path::new(t);
            if ctx.pack.get(t).is_none() && path.exists() {
                let abs = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
                let probe = if abs.is_dir() {
                    abs.join("Cargo.toml")
                } else {
                    abs
                };
                return kata_of_path(&probe)
                    .map(|(_, id)| id)
                    .ok_or_else(|| CliError::new(format!("{t} is not inside a kata crate")));
            }
            ctx.kata(t).map(|k| k.id().to_string())
        })
        .collect()
}

fn current_kata() -> Option<String> {
    let cwd = std::env::current_dir().ok()?;
    kata_of_path(&cwd.join("Cargo.toml")).map(|(_, id)| id)
}

/// Static checks then the test run, as one report.
pub async fn check_kata(
    ws: &Workspace,
    kata: &Kata,
    timeout: Duration,
    measure: bool,
) -> KataReport {
    let crate_dir = ws.kata_dir(kata.id());
    let mut report = KataReport::new(kata, &ws.root, &crate_dir, timeout);
    let lib = crate_dir.join("src/lib.rs");
    match std::fs::read_to_string(&lib) {
        Ok(text) => {
            let tree = analysis::parse(&text);
            let (rules, _) = CompiledRules::compile(&kata.spec);
            for finding in analysis::check(&text, &tree, &rules) {
                report
                    .findings
                    .push(ReportFinding::from_finding(&finding, "src/lib.rs", &text));
            }
            // The static complexity estimate joins the rule findings.
            let estimates = complexity::estimate(&text, &tree);
            for finding in complexity::complexity_findings(&estimates, &kata.spec.targets) {
                report
                    .findings
                    .push(ReportFinding::from_finding(&finding, "src/lib.rs", &text));
            }
            report.complexity =
                TargetEstimate::from_estimates(&estimates, &kata.spec.targets, &text);
        }
        Err(e) => report.problem = Some(format!("cannot read {}: {e}", lib.display())),
    }
    if let Some(finding) = external_crate_finding(&crate_dir) {
        report.findings.push(finding);
    }
    let krate = CrateRef {
        workspace: ws.root.clone(),
        package: kata.id().to_string(),
        crate_dir,
    };
    let run = runner::run_tests(
        &krate,
        &RunOptions { timeout },
        &CancellationToken::new(),
        |_| {},
    )
    .await;
    let all_passed = run.all_passed();
    report.add_run(run);
    // Measured growth: only once the tests pass, never during a build.
    if all_passed && measure {
        let result = runner::probe::run_probe(
            &krate,
            kata,
            &runner::probe::ProbeOptions::default(),
            &CancellationToken::new(),
        )
        .await;
        report.measured = MeasuredReport::from_result(result);
    }
    report
}

/// Katas are std-only: a dependency in the crate's manifest is a finding.
fn external_crate_finding(crate_dir: &Path) -> Option<ReportFinding> {
    let text = std::fs::read_to_string(crate_dir.join("Cargo.toml")).ok()?;
    let doc: toml::Table = toml::from_str(&text).ok()?;
    let deps = doc.get("dependencies")?.as_table()?;
    let (name, _) = deps.iter().next()?;
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with(name.as_str()))
        .map_or(1, |i| i + 1);
    Some(ReportFinding {
        location: Location {
            file: "Cargo.toml".into(),
            line,
            column: 1,
            end_line: line,
            end_column: 1 + name.len(),
        },
        severity: "error".into(),
        code: "kata/external-crate".into(),
        message: format!("katas use only the standard library; remove the dependency `{name}`"),
    })
}
