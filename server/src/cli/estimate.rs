//! `kata estimate FILE`: the static complexity estimate of every function
//! of any Rust file (not only katas), with its derivation, so learners and
//! kata authors can ask about any code.

use super::{CliError, CliResult, ListFormat};
use crate::analysis::{self, complexity};
use crate::catalog::line_col;
use crate::engine::check::estimates;
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ItemRow {
    item: String,
    line: usize,
    time: String,
    space: String,
    confidence: String,
    /// The time class is certain: high confidence and a tight derivation,
    /// not only an upper bound. Only a certain class over a kata's target
    /// becomes a finding.
    time_certain: bool,
    /// As `time_certain`, for the space class.
    space_certain: bool,
    /// The body still calls `todo!()`.
    unwritten: bool,
    /// `line 4: for x in nums ×n`, outermost first (time, then space).
    derivation: Vec<String>,
}

pub fn run(file: &Path, item: Option<&str>, format: ListFormat) -> CliResult {
    let bytes = std::fs::read(file)
        .map_err(|e| CliError::new(format!("cannot read {}: {e}", file.display())))?;
    let text = String::from_utf8_lossy(&bytes);
    let tree = analysis::parse(&text);
    let all = estimates(&text, &tree);
    let chosen: Vec<&complexity::ItemEstimate> = match item {
        Some(name) => complexity::find(&all, name).into_iter().collect(),
        None => all.iter().collect(),
    };
    if chosen.is_empty() {
        return Err(match item {
            Some(name) => CliError::new(format!("{} has no function `{name}`", file.display()))
                .hint("name it as in the file: `f`, or `Type::method`"),
            None => CliError::new(format!("{} has no function to estimate", file.display())),
        });
    }
    let at = |offset: usize| line_col(&text, offset).0;
    let rows: Vec<ItemRow> = chosen
        .iter()
        .map(|e| ItemRow {
            item: e.item.clone(),
            line: at(e.range.start),
            time: e.time.to_string(),
            space: e.space.to_string(),
            confidence: e.confidence.to_string(),
            time_certain: e.time_certain(),
            space_certain: e.space_certain(),
            unwritten: e.unwritten,
            derivation: e
                .steps
                .iter()
                .map(|s| format!("line {}: {}", at(s.range.start), s.text))
                .chain(
                    e.space_steps
                        .iter()
                        .map(|s| format!("line {} (space): {}", at(s.range.start), s.text)),
                )
                .collect(),
        })
        .collect();
    match format {
        ListFormat::Json => println!(
            "{}",
            serde_json::to_string_pretty(&rows).expect("rows serialise")
        ),
        ListFormat::Human => {
            for r in &rows {
                if r.unwritten {
                    println!("{} (line {}): not written yet (todo!())", r.item, r.line);
                    continue;
                }
                // A high-confidence class that is only an upper bound says
                // so: it will never be a finding (docs/complexity.md).
                let bound = crate::analysis::complexity::upper_bound_words(
                    r.confidence == "high",
                    r.time_certain,
                    r.space_certain,
                    r.space == "O(1)",
                );
                println!(
                    "{} (line {}): {} time, {} space ({} confidence{bound})",
                    r.item, r.line, r.time, r.space, r.confidence
                );
                for step in &r.derivation {
                    println!("  {step}");
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
