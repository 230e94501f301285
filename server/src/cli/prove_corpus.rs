//! `kata prove --corpus DIR`: the feedback on a learner corpus
//! (`DIR/<kata-id>/*.rs`, see `engine::corpus`), per kata and in total.
//! By default each file goes through the whole check, as `kata check`
//! would run it: precision is optimal code `solved`, recall slow code `too
//! slow` (by a finding or by its measured growth). With `--static`, only
//! the static feedback: precision is optimal code with no finding at all,
//! recall slow code with one. Exits 1 below 100% precision or 95% recall,
//! the bars the project holds the feedback to.

use super::output::Progress;
use super::{CliError, CliResult, Context};
use crate::engine::corpus::{self, CorpusFile, Expected, Judged, Tally};
use std::path::PathBuf;
use std::process::ExitCode;
use tokio_util::sync::CancellationToken;

/// Recall below this fails the proof; precision must be whole.
const RECALL_BAR: f64 = 0.95;

pub struct CorpusArgs {
    pub dir: PathBuf,
    pub ids: Vec<String>,
    pub static_only: bool,
    pub scratch: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: &CorpusArgs) -> CliResult {
    let (dir, ids) = (args.dir.as_path(), &args.ids);
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
    let judge = Judge::new(args)?;
    let (clean, flagged) = if args.static_only {
        ("no alarm", "flagged")
    } else {
        ("solved", "too slow")
    };
    let mut progress = (!args.static_only).then(|| Progress::new(files.len(), "checking"));
    let mut total = Tally::default();
    let mut wrong = Vec::new();
    let mut bounded = Vec::new();
    let mut rows = Vec::new();
    for group in files.chunk_by(|a, b| a.kata == b.kata) {
        let id = &group[0].kata;
        let kata = ctx.kata(id)?;
        let mut tally = Tally::default();
        for file in group {
            let name = &file.name;
            if let Some(p) = progress.as_mut() {
                p.start(name);
            }
            let judged = judge
                .judge(kata, &file.text)
                .map_err(|e| CliError::new(format!("{name}: {e}")))?;
            if let Some(p) = progress.as_mut() {
                p.done("checked");
            }
            tally.add(&judged);
            if !judged.is_right() {
                wrong.push(wrong_line(name, &judged));
            } else if super::output::verbose()
                && judged.expected == Expected::Optimal
                && !judged.upper_bounds.is_empty()
            {
                bounded.push(format!(
                    "upper bound on {name}: {}",
                    judged.upper_bounds.join(", ")
                ));
            }
        }
        rows.push(format!(
            "{:<22} {:>9} {:>9}",
            id,
            format!("{}/{}", tally.clean, tally.optimal),
            format!("{}/{}", tally.flagged, tally.slow)
        ));
        total.merge(tally);
    }
    drop(progress);
    println!("{:<22} {:>9} {:>9}", "kata", "optimal", "slow");
    println!("{:<22} {:>9} {:>9}", "", clean, flagged);
    for row in &rows {
        println!("{row}");
    }
    let (clean_text, flagged_text) = if args.static_only {
        ("without a finding", "flagged")
    } else {
        ("solved", "too slow (by a finding or measured growth)")
    };
    println!(
        "\nprecision: {}/{} correct, optimal solutions {clean_text} ({:.1}%)",
        total.clean,
        total.optimal,
        100.0 * total.precision()
    );
    println!(
        "recall: {}/{} correct but slow solutions {flagged_text} ({:.1}%)",
        total.flagged,
        total.slow,
        100.0 * total.recall()
    );
    println!(
        "upper bounds: {}/{} of those optimal solutions show an item over its target only as an upper bound (no finding; the measurement decides)",
        total.bounded, total.clean
    );
    for line in wrong.iter().chain(&bounded) {
        println!("{line}");
    }
    let ok = total.clean == total.optimal && total.recall() >= RECALL_BAR;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Why a file's judgement is wrong, with what the learner would see.
fn wrong_line(name: &str, judged: &Judged) -> String {
    let seen = match &judged.verdict {
        Some((_, headline)) => {
            let mut lines = vec![headline.clone()];
            lines.extend(judged.findings.iter().cloned());
            lines
        }
        None => judged.findings.clone(),
    };
    match (judged.expected, &judged.verdict) {
        (Expected::Optimal, None) => {
            format!(
                "false alarm on optimal {name}:\n    {}",
                seen.join("\n    ")
            )
        }
        (Expected::Optimal, Some(_)) => {
            format!("optimal {name} not solved:\n    {}", seen.join("\n    "))
        }
        (Expected::Slow, None) => format!("slow {name} not flagged"),
        (Expected::Slow, Some(_)) => {
            format!("slow {name} not too slow:\n    {}", seen.join("\n    "))
        }
    }
}

/// Static judging, or the whole check in a scratch directory.
enum Judge {
    Static,
    Checked {
        scratch: PathBuf,
        rt: tokio::runtime::Runtime,
        cancel: CancellationToken,
    },
}

impl Judge {
    fn new(args: &CorpusArgs) -> Result<Judge, CliError> {
        if args.static_only {
            return Ok(Judge::Static);
        }
        super::require_cargo()?;
        let scratch = super::prove::scratch_dir(args.scratch.clone())?;
        Ok(Judge::Checked {
            scratch,
            rt: super::runtime(),
            cancel: CancellationToken::new(),
        })
    }

    fn judge(&self, kata: &crate::catalog::Kata, text: &str) -> Result<Judged, String> {
        match self {
            Judge::Static => corpus::judge(kata, text),
            Judge::Checked {
                scratch,
                rt,
                cancel,
            } => rt
                .block_on(corpus::judge_checked(kata, text, scratch, cancel))?
                .ok_or_else(|| "cancelled".to_string()),
        }
    }
}
