//! `kata doctor`: what this machine offers to contain learner code, and
//! whether kata can work here (cargo, the workspace, the pack). One line
//! per item; a missing protection is reported, not an error.

use super::{CliResult, Context};
use crate::runner::contain;
use crate::runner::process::Limits;
use std::process::ExitCode;

pub fn run(ctx: &Context) -> CliResult {
    let mut lines: Vec<(&str, String)> = Vec::new();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let cargo_ok = match std::process::Command::new(&cargo).arg("--version").output() {
        Ok(out) if out.status.success() => {
            lines.push((
                "cargo",
                String::from_utf8_lossy(&out.stdout).trim().to_string(),
            ));
            true
        }
        Ok(out) => {
            lines.push((
                "cargo",
                format!(
                    "broken: `{} --version` failed ({})",
                    cargo.to_string_lossy(),
                    out.status
                ),
            ));
            false
        }
        Err(e) => {
            lines.push((
                "cargo",
                format!(
                    "missing: `{}` could not be run ({e}); install Rust with rustup (https://rustup.rs)",
                    cargo.to_string_lossy()
                ),
            ));
            false
        }
    };
    lines.push((
        "workspace",
        match ctx.workspace() {
            Ok(ws) => format!("found at {}", ws.root.display()),
            Err(e) => format!("none ({}); create one with `kata init DIR`", e.message),
        },
    ));
    let skipped = if ctx.pack.errors.is_empty() {
        String::new()
    } else {
        format!(
            ", {} skipped (see the warnings above)",
            ctx.pack.errors.len()
        )
    };
    let source = match &ctx.pack.source {
        crate::catalog::PackSource::Builtin => "the built-in pack".to_string(),
        crate::catalog::PackSource::Dir(dir) => dir.display().to_string(),
    };
    lines.push((
        "pack",
        format!("{} katas from {source}{skipped}", ctx.pack.katas.len()),
    ));
    let limits = Limits::for_timeout(crate::runner::DEFAULT_TIMEOUT);
    lines.extend(contain::doctor_lines(limits));
    let width = lines.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    for (name, text) in &lines {
        println!("{:<width$}  {text}", format!("{name}:"), width = width + 1);
    }
    Ok(if cargo_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
