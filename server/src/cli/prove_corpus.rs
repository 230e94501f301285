//! `kata prove --corpus DIR`: the static feedback on a learner corpus
//! (`DIR/<kata-id>/*.rs`, see `engine::corpus`): precision (correct,
//! optimal code with no finding) and recall (slow code flagged) per kata
//! and in total. Exits 1 below 100% precision or 95% recall, the bars the
//! project holds the estimator to.

use super::{CliError, CliResult, Context};
use crate::engine::corpus::{self, Expected, Tally};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Recall below this fails the proof; precision must be whole.
const RECALL_BAR: f64 = 0.95;

pub fn run(ctx: &Context, dir: &Path, ids: &[String]) -> CliResult {
    let mut kata_dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| CliError::new(format!("cannot read {}: {e}", dir.display())))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter(|p| ids.is_empty() || ids.iter().any(|id| p.ends_with(id)))
        .collect();
    kata_dirs.sort();
    if kata_dirs.is_empty() {
        return Err(CliError::new(format!(
            "{} holds no kata directories",
            dir.display()
        ))
        .hint("a corpus is DIR/<kata-id>/*.rs, each file with a `// learner: optimal|slow` header"));
    }
    let mut total = Tally::default();
    let mut wrong = Vec::new();
    println!("{:<22} {:>9} {:>9}", "kata", "optimal", "slow");
    println!("{:<22} {:>9} {:>9}", "", "no alarm", "flagged");
    for kata_dir in &kata_dirs {
        let id = kata_dir.file_name().unwrap_or_default().to_string_lossy();
        let kata = ctx.kata(&id)?;
        let mut files: Vec<PathBuf> = std::fs::read_dir(kata_dir)
            .map_err(|e| CliError::new(format!("cannot read {}: {e}", kata_dir.display())))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        let mut tally = Tally::default();
        for file in &files {
            let text = std::fs::read_to_string(file)
                .map_err(|e| CliError::new(format!("cannot read {}: {e}", file.display())))?;
            let name = format!(
                "{id}/{}",
                file.file_name().unwrap_or_default().to_string_lossy()
            );
            let judged =
                corpus::judge(kata, &text).map_err(|e| CliError::new(format!("{name}: {e}")))?;
            tally.add(&judged);
            if !judged.is_right() {
                wrong.push(match judged.expected {
                    Expected::Optimal => format!(
                        "false alarm on optimal {name}:\n    {}",
                        judged.findings.join("\n    ")
                    ),
                    Expected::Slow => format!("slow {name} not flagged"),
                });
            }
        }
        println!(
            "{:<22} {:>9} {:>9}",
            id,
            format!("{}/{}", tally.clean, tally.optimal),
            format!("{}/{}", tally.flagged, tally.slow)
        );
        total.merge(tally);
    }
    println!(
        "\nprecision: {}/{} correct, optimal solutions without a finding ({:.1}%)",
        total.clean,
        total.optimal,
        100.0 * total.precision()
    );
    println!(
        "recall: {}/{} correct but slow solutions flagged ({:.1}%)",
        total.flagged,
        total.slow,
        100.0 * total.recall()
    );
    for line in &wrong {
        println!("{line}");
    }
    let ok = total.clean == total.optimal && total.recall() >= RECALL_BAR;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
