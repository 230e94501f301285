//! The small subcommands: list, init, start, hint, reset, solution, progress.

use super::{CliError, CliResult, Context};
use crate::practice::{Progress, StartOutcome, Status, Workspace};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

/// The learner's progress, or an empty one outside a workspace.
fn progress_if_any(ctx: &Context) -> Progress {
    ctx.workspace()
        .ok()
        .and_then(|ws| ws.progress().read().ok())
        .unwrap_or_default()
}

pub fn list(
    ctx: &Context,
    topic: Option<String>,
    difficulty: Option<String>,
    json: bool,
) -> CliResult {
    let progress = progress_if_any(ctx);
    let katas: Vec<_> = ctx
        .pack
        .katas
        .iter()
        .filter(|k| {
            topic
                .as_ref()
                .is_none_or(|t| k.spec.topics.iter().any(|kt| kt == t))
        })
        .filter(|k| {
            difficulty
                .as_ref()
                .is_none_or(|d| k.spec.difficulty.as_str() == d)
        })
        .collect();
    if json {
        let rows: Vec<_> = katas
            .iter()
            .map(|k| {
                let p = progress.get(k.id());
                serde_json::json!({
                    "id": k.id(), "title": k.spec.title, "difficulty": k.spec.difficulty.as_str(),
                    "topics": k.spec.topics, "status": p.status.as_str(), "hints_shown": p.hints_shown,
                    "hints_total": k.spec.hints.len(),
                })
            })
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&rows).expect("json values serialise")
        );
        return Ok(ExitCode::SUCCESS);
    }
    if katas.is_empty() {
        println!("No katas match.");
        return Ok(ExitCode::SUCCESS);
    }
    let id_w = katas.iter().map(|k| k.id().len()).max().unwrap_or(2).max(2);
    let title_w = katas
        .iter()
        .map(|k| k.spec.title.chars().count())
        .max()
        .unwrap_or(5)
        .clamp(5, 44);
    println!(
        "{:id_w$}  {:title_w$}  {:6}  {:8}  {:5}  TOPICS",
        "ID", "TITLE", "LEVEL", "STATUS", "HINTS"
    );
    for k in &katas {
        let p = progress.get(k.id());
        let title: String = k.spec.title.chars().take(title_w).collect();
        println!(
            "{:id_w$}  {:title_w$}  {:6}  {:8}  {:5}  {}",
            k.id(),
            title,
            k.spec.difficulty.as_str(),
            p.status.as_str(),
            format!("{}/{}", p.hints_shown, k.spec.hints.len()),
            k.spec.topics.join(", ")
        );
    }
    println!("\n{} katas. Start one with `kata start ID`.", katas.len());
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
    match ws.start(kata)? {
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
    let total = kata.spec.hints.len();
    if total == 0 {
        println!("`{id}` has no hints.");
        return Ok(ExitCode::SUCCESS);
    }
    let shown = ws.progress().update_kata(id, |p| {
        if p.hints_shown < total {
            p.hints_shown += 1;
        }
        if p.status == Status::New {
            p.status = Status::Started;
        }
        p.hints_shown
    })?;
    println!(
        "Hint {shown}/{total} for `{id}`:\n{}",
        kata.spec.hints[shown - 1].text.trim()
    );
    if shown == total {
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
    let backup = ws.reset(kata)?;
    println!(
        "Restored the starter of `{id}`. Your files were backed up to {}",
        backup.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn solution(ctx: &Context, id: &str, reveal: bool) -> CliResult {
    let kata = ctx.kata(id)?;
    let ws = ctx.workspace()?;
    let progress = ws.progress().read()?.get(id);
    if progress.status != Status::Solved && !progress.revealed && !reveal {
        return Err(CliError::new(format!(
            "`{id}` is not solved yet, so its solution stays hidden"
        ))
        .hint(format!(
            "`kata hint {id}` helps; `kata solution {id} --reveal` shows it anyway (recorded)"
        )));
    }
    if reveal && progress.status != Status::Solved {
        ws.progress().update_kata(id, |p| p.revealed = true)?;
    }
    let reference = kata
        .reference()
        .ok_or_else(|| CliError::new(format!("`{id}` has no reference solution")))?;
    let path = ws.write_solution(kata)?;
    println!("{reference}");
    eprintln!("(also written to {})", path.display());
    Ok(ExitCode::SUCCESS)
}

pub fn progress(ctx: &Context, json: bool) -> CliResult {
    let ws = ctx.workspace()?;
    let progress = ws.progress().read()?;
    #[derive(Default, serde::Serialize)]
    struct Tally {
        total: usize,
        started: usize,
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
        let out = serde_json::json!({"overall": overall, "by_difficulty": by_level, "by_topic": by_topic});
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("json values serialise")
        );
        return Ok(ExitCode::SUCCESS);
    }
    let line = |name: &str, t: &Tally| {
        println!(
            "{name:24} {:>3}/{:<3} solved  {:>3} started  {:>3} hints",
            t.solved, t.total, t.started, t.hints
        )
    };
    line("all katas", &overall);
    println!("\nBy difficulty");
    for level in ["easy", "medium", "hard"] {
        if let Some(t) = by_level.get(level) {
            line(level, t);
        }
    }
    println!("\nBy topic");
    for (topic, t) in &by_topic {
        line(topic, t);
    }
    Ok(ExitCode::SUCCESS)
}
