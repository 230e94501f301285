//! `kata check`'s output formats, one renderer per file, each over the
//! engine's [`CheckOutcome`]s: `human`, `json` (schema in
//! docs/report.schema.json), `junit`, `sarif` (2.1.0) and `github`
//! (workflow annotations). Renderers only format: every status, headline
//! and message comes from the engine.

mod github;
mod human;
mod json;
mod junit;
mod sarif;

#[cfg(test)]
mod tests;

use super::{CliError, CliResult, Format};
use crate::engine::{CheckOutcome, Report};
use std::path::PathBuf;
use std::process::ExitCode;

/// A file of a kata's crate, by the crate (relative to the workspace) and
/// the file (relative to the crate), for the human report's snippets.
pub type Sources<'a> = dyn Fn(&str, &str) -> Option<String> + 'a;

/// The files of the practice workspace at `root`, as they are now.
pub fn workspace_sources(root: &std::path::Path) -> impl Fn(&str, &str) -> Option<String> + '_ {
    move |crate_dir, file| {
        let bytes = std::fs::read(root.join(crate_dir).join(file)).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// Renders `outcomes`; the human format is styled (print it through
/// `anstream`, which strips styles where colour is off).
pub fn render(format: Format, outcomes: &[CheckOutcome], sources: &Sources) -> String {
    match format {
        Format::Human if super::output::quiet() => human::verdicts(outcomes),
        Format::Human => human::render(outcomes, sources),
        Format::Json => json::render(outcomes),
        Format::Junit => junit::render(outcomes),
        Format::Sarif => sarif::render(outcomes),
        Format::Github => github::render(outcomes),
    }
}

/// `kata report merge`: the katas of several JSON reports (the shards of a
/// CI matrix) as one report, in any format; a kata in several reports is
/// kept once (the last one wins). Exits 1 unless every kata is solved, as
/// `kata check` does.
pub fn merge(files: &[PathBuf], format: Format) -> CliResult {
    let mut outcomes: Vec<CheckOutcome> = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| CliError::new(format!("cannot read {}: {e}", file.display())))?;
        let report: Report = serde_json::from_str(&text).map_err(|e| {
            CliError::new(format!(
                "{}:{}:{}: not a kata JSON report: {e}",
                file.display(),
                e.line(),
                e.column()
            ))
            .hint("write reports with `kata check --format json`")
        })?;
        if report.version != Report::VERSION {
            return Err(CliError::new(format!(
                "{}: report version {} (this kata reads version {})",
                file.display(),
                report.version,
                Report::VERSION
            )));
        }
        for outcome in report.katas {
            outcomes.retain(|o| o.id != outcome.id);
            outcomes.push(outcome);
        }
    }
    outcomes.sort_by(|a, b| a.id.cmp(&b.id));
    let cwd = std::env::current_dir().unwrap_or_default();
    anstream::print!("{}", render(format, &outcomes, &workspace_sources(&cwd)));
    Ok(if outcomes.iter().all(CheckOutcome::solved) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

use crate::engine::shorten_lines;

/// `pair-sum/src/lib.rs`: a crate-relative file as the workspace sees it.
fn workspace_path(outcome: &CheckOutcome, file: &str) -> String {
    if outcome.crate_dir.is_empty() {
        file.to_string()
    } else {
        format!("{}/{file}", outcome.crate_dir)
    }
}

/// `1 solved, 1 too slow, 2 failing` over the katas checked.
fn tally(outcomes: &[CheckOutcome]) -> String {
    use crate::engine::Status;
    let parts: Vec<String> = [
        Status::Solved,
        Status::TooSlow,
        Status::Failing,
        Status::DoesNotCompile,
    ]
    .into_iter()
    .filter_map(|s| {
        let n = outcomes.iter().filter(|o| o.status == s).count();
        (n > 0).then(|| format!("{n} {}", s.label()))
    })
    .collect();
    let s = if outcomes.len() == 1 { "" } else { "s" };
    format!("{} kata{s} checked: {}", outcomes.len(), parts.join(", "))
}
