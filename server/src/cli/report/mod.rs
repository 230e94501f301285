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

use super::Format;
use crate::engine::CheckOutcome;

pub fn render(format: Format, outcomes: &[CheckOutcome]) -> String {
    match format {
        Format::Human => human::render(outcomes),
        Format::Json => json::render(outcomes),
        Format::Junit => junit::render(outcomes),
        Format::Sarif => sarif::render(outcomes),
        Format::Github => github::render(outcomes),
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
