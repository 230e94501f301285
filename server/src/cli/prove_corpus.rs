//! `kata prove --corpus DIR`: the static feedback (the kata's rules and the
//! complexity estimate against its targets) over solutions written by
//! learners. `DIR/<kata-id>/*.rs` are complete `src/lib.rs` files whose
//! first lines say what they are:
//!
//! ```text
//! // learner: optimal      correct and within every target: must get no finding
//! // learner: slow         correct but misses a target: should get one
//! ```
//!
//! Precision counts the optimal files without a finding, recall the slow
//! files with one; both are printed apart for the rules and the estimate,
//! since a rule's false alarm and the estimator's are different bugs.

use super::{CliError, CliResult, Context};
use crate::analysis::CompiledRules;
use crate::engine::check::static_checks;
use crate::engine::outcome::Finding;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Learner {
    Optimal,
    Slow,
}

fn learner(text: &str) -> Option<Learner> {
    text.lines()
        .take_while(|l| l.trim_start().starts_with("//"))
        .find_map(|l| match l.trim().strip_prefix("// learner:")?.trim() {
            "optimal" => Some(Learner::Optimal),
            "slow" => Some(Learner::Slow),
            _ => None,
        })
}

/// (files judged right, files) for one kind of finding.
#[derive(Default, Clone, Copy)]
struct Tally {
    right: usize,
    of: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.of += 1;
        self.right += usize::from(right);
    }
    fn show(self) -> String {
        if self.of == 0 {
            "-".into()
        } else {
            format!("{}/{}", self.right, self.of)
        }
    }
}

#[derive(Default, Clone, Copy)]
struct Scores {
    /// Optimal files without a rule finding / without a complexity finding.
    precision_rules: Tally,
    precision_complexity: Tally,
    /// Slow files with a rule finding / with a complexity finding / with either.
    recall_rules: Tally,
    recall_complexity: Tally,
    recall_any: Tally,
}

impl Scores {
    fn merge(&mut self, o: Scores) {
        for (a, b) in [
            (&mut self.precision_rules, o.precision_rules),
            (&mut self.precision_complexity, o.precision_complexity),
            (&mut self.recall_rules, o.recall_rules),
            (&mut self.recall_complexity, o.recall_complexity),
            (&mut self.recall_any, o.recall_any),
        ] {
            a.right += b.right;
            a.of += b.of;
        }
    }
    fn line(&self) -> String {
        format!(
            "precision rules {} complexity {} · recall rules {} complexity {} either {}",
            self.precision_rules.show(),
            self.precision_complexity.show(),
            self.recall_rules.show(),
            self.recall_complexity.show(),
            self.recall_any.show()
        )
    }
}

fn is_rule(f: &Finding) -> bool {
    f.code.starts_with("rule/")
}

fn is_complexity(f: &Finding) -> bool {
    f.code.starts_with("complexity/")
}

pub fn run(ctx: &Context, dir: &Path, ids: &[String]) -> CliResult {
    let mut kata_dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| CliError::new(format!("cannot read {}: {e}", dir.display())))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    kata_dirs.sort();
    let mut total = Scores::default();
    for kata_dir in kata_dirs {
        let id = kata_dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if !ids.is_empty() && !ids.contains(&id) {
            continue;
        }
        let Ok(kata) = ctx.kata(&id) else {
            println!("── {id}: no such kata in the pack: skipped");
            continue;
        };
        let (rules, _) = CompiledRules::compile(&kata.spec);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&kata_dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.sort();
        let mut scores = Scores::default();
        let mut report = Vec::new();
        for file in files {
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            let Ok(text) = std::fs::read_to_string(&file) else {
                report.push(format!("   {name}: unreadable"));
                continue;
            };
            let Some(kind) = learner(&text) else {
                report.push(format!("   {name}: no `// learner: optimal|slow` header"));
                continue;
            };
            let findings = static_checks(kata, &rules, &text).findings;
            let rule = findings.iter().any(is_rule);
            let complexity = findings.iter().any(is_complexity);
            match kind {
                Learner::Optimal => {
                    scores.precision_rules.add(!rule);
                    scores.precision_complexity.add(!complexity);
                    if rule || complexity {
                        report.push(format!("   optimal {name}:"));
                        for f in findings.iter().filter(|f| is_rule(f) || is_complexity(f)) {
                            report.push(format!(
                                "      {} {} (line {}): {}",
                                f.severity.as_str(),
                                f.code,
                                f.location.line,
                                f.message
                            ));
                        }
                    }
                }
                Learner::Slow => {
                    scores.recall_rules.add(rule);
                    scores.recall_complexity.add(complexity);
                    scores.recall_any.add(rule || complexity);
                    if !rule && !complexity {
                        report.push(format!("   slow {name}: no finding"));
                    }
                }
            }
        }
        println!("── {id}: {}", scores.line());
        for line in report {
            println!("{line}");
        }
        total.merge(scores);
    }
    println!("══ corpus: {}", total.line());
    let clean = total.precision_rules.right == total.precision_rules.of
        && total.precision_complexity.right == total.precision_complexity.of;
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
