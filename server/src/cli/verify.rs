//! `kata verify`: proves a pack is sound (`engine::verify` checks; this
//! prints one line per kata and the totals).

use super::output::{say, Progress};
use super::{CliResult, Context};
use crate::catalog::Kata;
use crate::engine::verify::{pack_standard_problems, verify_kata};
use std::process::ExitCode;
use std::time::Instant;

pub struct VerifyArgs {
    pub ids: Vec<String>,
    pub timeout: Option<u64>,
    pub strict: bool,
    /// Measure growth with each kata's probe (off: static checks only).
    pub measure: bool,
}

pub fn run(ctx: &Context, args: VerifyArgs) -> CliResult {
    let VerifyArgs {
        ids,
        timeout,
        strict,
        measure,
    } = args;
    let ids = &ids[..];
    super::require_cargo()?;
    let katas: Vec<&Kata> = if ids.is_empty() {
        ctx.pack.katas.iter().collect()
    } else {
        ids.iter()
            .map(|id| ctx.kata(id))
            .collect::<Result<_, _>>()?
    };
    let mut failures = 0;
    if ids.is_empty() {
        for error in &ctx.pack.errors {
            println!("✘ {error}");
            failures += 1;
        }
    }
    let scratch = tempfile::Builder::new()
        .prefix("kata-verify-")
        .tempdir()
        .map_err(|e| super::CliError::new(format!("cannot create a scratch directory: {e}")))?;
    let rt = super::runtime();
    let mut progress = Progress::new(katas.len(), "verifying");
    for kata in &katas {
        progress.start(kata.id());
        let started = Instant::now();
        let (mut problems, summary) =
            rt.block_on(verify_kata(kata, scratch.path(), timeout, measure));
        if strict {
            problems.extend(pack_standard_problems(kata));
        }
        let secs = started.elapsed().as_secs_f64();
        if problems.is_empty() {
            say!("✔ {}: {summary} ({secs:.1} s)", kata.id());
            progress.done("verified");
        } else {
            failures += 1;
            say!("✘ {}: {}", kata.id(), problems.join("; "));
            progress.done("failed");
        }
    }
    drop(progress);
    println!(
        "\n{} passed, {} failed",
        katas.len() + ctx.pack.errors.len() * usize::from(ids.is_empty()) - failures,
        failures
    );
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
