//! `kata check`: the same pipeline the language server runs on save, for
//! one kata, several, or all started ones.

use super::report;
use super::{CliError, CliResult, Context, Format};
use crate::engine::batch::Parallelism;
use crate::engine::{self, record, CheckOutcome, CheckRequest};
use crate::practice::{kata_of_path, Workspace};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

pub struct CheckArgs {
    pub targets: Vec<String>,
    pub all: bool,
    pub format: Format,
    pub timeout: Option<u64>,
    /// Measure growth with the kata's probe once the tests pass.
    pub measure: bool,
    pub shard: Option<super::Shard>,
    /// `--jobs N`: katas tested at once and cargo's `-j` (default: the
    /// number of cores).
    pub jobs: Option<usize>,
}

pub fn run(ctx: &Context, args: CheckArgs) -> CliResult {
    let CheckArgs {
        targets,
        all,
        format,
        timeout,
        measure,
        shard,
        jobs,
    } = args;
    let ws = ctx.workspace()?;
    super::require_cargo()?;
    let mut ids = resolve_targets(ctx, &ws, &targets, all)?;
    if let Some(shard) = shard {
        ids = shard_of(ids, shard);
        if ids.is_empty() {
            // More shards than katas: this one has nothing to do.
            print!("{}", report::render(format, &[], &|_, _| None));
            return Ok(ExitCode::SUCCESS);
        }
    }
    if ids.is_empty() {
        return Err(CliError::new("no kata is started in this workspace")
            .hint("start one with `kata start ID`"));
    }
    let mut requests = Vec::new();
    for id in &ids {
        let kata = ctx.kata(id)?;
        if !ws.is_started(id) {
            return Err(CliError::new(format!("kata `{id}` is not started"))
                .hint(format!("start it with `kata start {id}`")));
        }
        requests.push(CheckRequest {
            kata: kata.clone(),
            crate_dir: ws.kata_dir(id),
            cargo_root: ws.root.clone(),
            timeout: CheckRequest::timeout_for(kata, timeout),
            measure,
        });
    }
    // Every kata is built by one cargo invocation and tested `jobs` at a
    // time (engine::batch); the outcomes are those of checking each alone.
    let progress = Arc::new(parking_lot::Mutex::new(super::output::Progress::new(
        requests.len(),
        "checking",
    )));
    let shown = progress.clone();
    let outcomes = super::runtime()
        .block_on(engine::batch::check_many(
            &requests,
            Parallelism::from_jobs(jobs),
            &CancellationToken::new(),
            Arc::new(move |id: &str, event| shown.lock().note(id, &super::output::step_of(&event))),
        ))
        .ok_or_else(|| CliError::new("the check was cancelled"))?;
    for outcome in &outcomes {
        progress.lock().finish(&outcome.id, outcome.status.label());
        record::record(&ws, outcome)?;
    }
    drop(progress);
    let sources = report::workspace_sources(&ws.root);
    anstream::print!("{}", report::render(format, &outcomes, &sources));
    Ok(if outcomes.iter().all(CheckOutcome::solved) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The katas of shard K of N: sorted by id, dealt round-robin, so that the
/// shards together hold each kata exactly once, whatever order they run in.
pub fn shard_of(mut ids: Vec<String>, shard: super::Shard) -> Vec<String> {
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .enumerate()
        .filter(|(i, _)| i % shard.count == shard.index - 1)
        .map(|(_, id)| id)
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Shard;

    #[test]
    fn shards_together_hold_every_kata_once() {
        let ids: Vec<String> = (0..41).map(|i| format!("kata-{i:02}")).rev().collect();
        for count in [1, 2, 3, 7, 41, 50] {
            let mut seen: Vec<String> = (1..=count)
                .flat_map(|index| shard_of(ids.clone(), Shard { index, count }))
                .collect();
            seen.sort();
            let mut all = ids.clone();
            all.sort();
            assert_eq!(seen, all, "{count} shards");
        }
        let two: Vec<Vec<String>> = (1..=2)
            .map(|index| {
                shard_of(
                    vec!["c".into(), "a".into(), "b".into()],
                    Shard { index, count: 2 },
                )
            })
            .collect();
        assert_eq!(two, [vec!["a", "c"], vec!["b"]]);
    }
}
