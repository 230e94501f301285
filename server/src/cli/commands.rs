//! The small subcommands: list, init, start, hint, reset, solution, progress.

use super::{CliError, CliResult, Context};
use crate::engine::actions::{self, CatalogueFilter, RevealError};
use crate::practice::{StartOutcome, Status, Workspace};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

pub fn list(
    ctx: &Context,
    topic: Option<String>,
    difficulty: Option<String>,
    json: bool,
) -> CliResult {
    let ws = ctx.workspace().ok();
    let rows = actions::catalogue(
        &ctx.pack,
        ws.as_ref(),
        &CatalogueFilter { topic, difficulty },
    );
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).expect("rows serialise")
        );
        return Ok(ExitCode::SUCCESS);
    }
    if rows.is_empty() {
        println!("No katas match.");
        return Ok(ExitCode::SUCCESS);
    }
    print!(
        "{}",
        super::list::table(&rows, super::list::terminal_width())
    );
    println!("\n{} katas. Start one with `kata start ID`.", rows.len());
    Ok(ExitCode::SUCCESS)
}

pub fn init(_ctx: &Context, dir: &Path) -> CliResult {
    let (ws, created) = Workspace::init(dir)?;
    if created {
        println!("Created a practice workspace in {}", ws.root.display());
    } else {
        println!(
            "{} is already a practice workspace; nothing changed.",
            ws.root.display()
        );
    }
    println!(
        "Next: `cd {}` and `kata start pair-sum` (`kata list` shows every kata).",
        ws.root.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn start(ctx: &Context, id: &str) -> CliResult {
    let kata = ctx.kata(id)?;
    let ws = ctx.workspace()?;
    match actions::start(&ws, kata)? {
        StartOutcome::Created(dir) => {
            println!(
                "Started `{}` ({}) in {}",
                kata.id(),
                kata.spec.title,
                dir.display()
            );
            println!("  read   {}", dir.join("README.md").display());
            println!("  edit   {}", dir.join("src/lib.rs").display());
            println!("  check  kata check {}", kata.id());
            println!(
                "Stuck? `kata hint {}` reveals hints one at a time.",
                kata.id()
            );
        }
        StartOutcome::AlreadyStarted(dir) => {
            println!(
                "`{}` is already started in {}; your files were left untouched.",
                kata.id(),
                dir.display()
            );
            println!(
                "To begin again from the starter, run `kata reset {}` (your files are backed up).",
                kata.id()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn hint(ctx: &Context, id: &str) -> CliResult {
    let kata = ctx.kata(id)?;
    let ws = ctx.workspace()?;
    let Some(hint) = actions::next_hint(&ws, kata)? else {
        println!("`{id}` has no hints.");
        return Ok(ExitCode::SUCCESS);
    };
    println!(
        "Hint {}/{} for `{id}`:\n{}",
        hint.index, hint.total, hint.text
    );
    if hint.index == hint.total {
        println!("\nThat was the last hint. `kata solution {id} --reveal` shows the reference.");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn reset(ctx: &Context, id: &str) -> CliResult {
    let kata = ctx.kata(id)?;
    let ws = ctx.workspace()?;
    if !ws.is_started(id) {
        return Err(CliError::new(format!("kata `{id}` is not started"))
            .hint(format!("start it with `kata start {id}`")));
    }
    let backup = actions::reset(&ws, kata)?;
    println!(
        "Restored the starter of `{id}`. Your files were backed up to {}",
        backup.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn solution(ctx: &Context, id: &str, reveal: bool) -> CliResult {
    let kata = ctx.kata(id)?;
    let ws = ctx.workspace()?;
    match actions::reveal_solution(&ws, kata, reveal) {
        Ok((reference, path)) => {
            println!("{reference}");
            eprintln!("(also written to {})", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Err(e @ RevealError::NotSolved(_)) => Err(CliError::new(e.to_string()).hint(format!(
            "`kata hint {id}` helps; `kata solution {id} --reveal` shows it anyway (recorded)"
        ))),
        Err(e) => Err(CliError::new(e.to_string())),
    }
}

pub fn progress(ctx: &Context, json: bool, all_topics: bool) -> CliResult {
    let ws = ctx.workspace()?;
    let progress = ws.progress().read()?;
    #[derive(Default, serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Tally {
        total: usize,
        started: usize,
        too_slow: usize,
        solved: usize,
        hints: usize,
    }
    let mut overall = Tally::default();
    let mut by_topic: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_level: BTreeMap<String, Tally> = BTreeMap::new();
    for kata in &ctx.pack.katas {
        let p = progress.get(kata.id());
        let add = |t: &mut Tally| {
            t.total += 1;
            t.started += usize::from(p.status == Status::Started);
            t.too_slow += usize::from(p.status == Status::TooSlow);
            t.solved += usize::from(p.status == Status::Solved);
            t.hints += p.hints_shown;
        };
        add(&mut overall);
        add(by_level
            .entry(kata.spec.difficulty.as_str().to_string())
            .or_default());
        for topic in &kata.spec.topics {
            add(by_topic.entry(topic.clone()).or_default());
        }
    }
    if json {
        let out =
            serde_json::json!({"overall": overall, "byDifficulty": by_level, "byTopic": by_topic});
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("json values serialise")
        );
        return Ok(ExitCode::SUCCESS);
    }
    let line = |name: &str, t: &Tally| {
        println!(
            "{name:24} {:>3}/{:<3} solved  {:>3} too slow  {:>3} started  {:>3} hints",
            t.solved, t.total, t.too_slow, t.started, t.hints
        )
    };
    line("all katas", &overall);
    println!("\nBy difficulty");
    for level in ["easy", "medium", "hard"] {
        if let Some(t) = by_level.get(level) {
            line(level, t);
        }
    }
    if all_topics {
        println!("\nBy topic");
        for (topic, t) in &by_topic {
            line(topic, t);
        }
    } else {
        // The few topics that need work: the least solved (then the most
        // hints used), among topics with something left to solve.
        let mut open: Vec<(&String, &Tally)> = by_topic
            .iter()
            .filter(|(_, t)| t.solved < t.total)
            .collect();
        open.sort_by(|(an, a), (bn, b)| {
            let ratio = |t: &Tally| t.solved as f64 / t.total.max(1) as f64;
            ratio(a)
                .total_cmp(&ratio(b))
                .then(b.hints.cmp(&a.hints))
                .then(b.total.cmp(&a.total))
                .then(an.cmp(bn))
        });
        const SHOWN: usize = 5;
        if !open.is_empty() {
            println!("\nTopics that need work");
            for (topic, t) in open.iter().take(SHOWN) {
                line(topic, t);
            }
        }
        println!(
            "\n{} topics in all; `kata progress --all` lists every one.",
            by_topic.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
