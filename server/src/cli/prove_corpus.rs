//! `kata prove --corpus DIR`: the static feedback on a learner corpus
//! (`DIR/<kata-id>/*.rs`, see `engine::corpus`): precision (correct,
//! optimal code with no finding) and recall (slow code flagged) per kata
//! and in total. Exits 1 below 100% precision or 95% recall, the bars the
//! project holds the estimator to.

use super::{CliError, CliResult, Context};
use crate::engine::corpus::{self, CorpusFile, Expected, Tally};
use std::path::Path;
use std::process::ExitCode;

/// Recall below this fails the proof; precision must be whole.
const RECALL_BAR: f64 = 0.95;

pub fn run(ctx: &Context, dir: &Path, ids: &[String]) -> CliResult {
    let files: Vec<CorpusFile> = corpus::read(dir)
        .map_err(|e| CliError::new(format!("cannot read the corpus {}: {e}", dir.display())))?
        .into_iter()
        .filter(|f| ids.is_empty() || ids.contains(&f.kata))
        .collect();
    if files.is_empty() {
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
    for group in files.chunk_by(|a, b| a.kata == b.kata) {
        let id = &group[0].kata;
        let kata = ctx.kata(id)?;
        let mut tally = Tally::default();
        for file in group {
            let name = &file.name;
            let judged = corpus::judge(kata, &file.text)
                .map_err(|e| CliError::new(format!("{name}: {e}")))?;
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
