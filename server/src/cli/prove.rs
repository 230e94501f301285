//! `kata prove`: evidence that the complexity feedback is right on a pack.
//! For every kata: the static estimate of the reference meets every target
//! and that of the naive solution exceeds one; the measured growth passes
//! the reference and flags the naive solution whenever their exponents
//! differ by at least one. Prints a table per kata and the totals.

use super::output::{detail, say, Progress};
use super::{CliError, CliResult, Context};
use crate::analysis::complexity::{self, ItemEstimate};
use crate::analysis::parse;
use crate::analysis::target_check::{check_targets, exponent_gap, TargetCheck};
use crate::catalog::Kata;
use crate::runner::probe::{self, Measurement, ProbeOptions, Verdict};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;
use tokio_util::sync::CancellationToken;

pub struct ProveArgs {
    pub ids: Vec<String>,
    pub repeat: usize,
    pub static_only: bool,
    pub busy: bool,
    pub scratch: Option<PathBuf>,
}

/// The static half for one solution: one row per target.
struct StaticCheck {
    rows: Vec<TargetCheck>,
}

impl StaticCheck {
    fn meets_all(&self) -> bool {
        self.rows.iter().all(TargetCheck::meets)
    }
    fn exceeds_any(&self) -> bool {
        self.rows.iter().any(|r| r.estimate.is_some() && !r.meets())
    }
}

fn static_check(kata: &Kata, src: &str) -> (StaticCheck, Vec<ItemEstimate>) {
    let estimates = complexity::estimate(src, &parse(src));
    let rows = check_targets(&estimates, &kata.spec.targets);
    (StaticCheck { rows }, estimates)
}

#[derive(Default)]
struct Totals {
    katas: usize,
    static_ref: (usize, usize),
    static_naive: (usize, usize),
    measured_ref: (usize, usize),
    measured_naive: (usize, usize),
    measure_ms: Vec<u64>,
    disagreements: Vec<String>,
}

pub fn run(ctx: &Context, args: ProveArgs) -> CliResult {
    let katas: Vec<&Kata> = if args.ids.is_empty() {
        ctx.pack.katas.iter().collect()
    } else {
        args.ids
            .iter()
            .map(|id| ctx.kata(id))
            .collect::<Result<_, _>>()?
    };
    if !args.static_only {
        super::require_cargo()?;
    }
    let scratch = scratch_dir(args.scratch.clone())?;
    let busy = Arc::new(AtomicBool::new(args.busy));
    let burner = args.busy.then(|| {
        let busy = busy.clone();
        std::thread::spawn(move || {
            // Keep the other core busy, as a learner's machine would be.
            let mut x = 0u64;
            while busy.load(Ordering::Relaxed) {
                for i in 0..100_000u64 {
                    x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(i));
                }
            }
        })
    });
    let rt = super::runtime();
    let mut totals = Totals::default();
    let repeat = args.repeat.max(1);
    let mut progress = Progress::new(katas.len(), "proving");
    for kata in &katas {
        progress.start(kata.id());
        prove_kata(kata, &args, repeat, &scratch, &rt, &mut totals);
        progress.done("proved");
    }
    drop(progress);
    busy.store(false, Ordering::Relaxed);
    if let Some(b) = burner {
        let _ = b.join();
    }
    print_totals(&totals, args.static_only, repeat);
    let ok = totals.static_ref.0 == totals.static_ref.1
        && totals.static_naive.0 == totals.static_naive.1
        && totals.measured_ref.0 == totals.measured_ref.1
        && totals.measured_naive.0 == totals.measured_naive.1;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Where `kata prove` builds (the pack's solutions, or a corpus): `--scratch
/// DIR`, else a `kata-prove` directory in the system temp dir; created.
pub(super) fn scratch_dir(chosen: Option<PathBuf>) -> Result<PathBuf, CliError> {
    let scratch = chosen.unwrap_or_else(|| std::env::temp_dir().join("kata-prove"));
    std::fs::create_dir_all(&scratch).map_err(|e| {
        CliError::new(format!("cannot create {}: {e}", scratch.display()))
            .hint("pass another directory with --scratch DIR")
    })?;
    Ok(scratch)
}

fn prove_kata(
    kata: &Kata,
    args: &ProveArgs,
    repeat: usize,
    scratch: &Path,
    rt: &tokio::runtime::Runtime,
    totals: &mut Totals,
) {
    totals.katas += 1;
    detail!("── {} ({})", kata.id(), kata.spec.title);
    let Some(reference) = kata.reference() else {
        detail!("   no solution/reference.rs: skipped\n");
        return;
    };
    let (ref_check, ref_est) = static_check(kata, reference);
    totals.static_ref.1 += 1;
    if ref_check.meets_all() {
        totals.static_ref.0 += 1;
    } else {
        totals.disagreements.push(format!(
            "{}: the reference's estimate misses a target",
            kata.id()
        ));
    }
    let naive = kata.naive().map(|n| static_check(kata, n));
    detail!(
        "   {:<63} {:<30} naive estimate",
        "target (time / space)",
        "reference estimate"
    );
    for (i, (row, target)) in ref_check.rows.iter().zip(&kata.spec.targets).enumerate() {
        let naive_cell = naive
            .as_ref()
            .and_then(|(c, _)| c.rows.get(i))
            .map(|r| {
                format!(
                    "{} {}",
                    if r.meets() { "·" } else { "✘" },
                    r.describe(target)
                )
            })
            .unwrap_or_default();
        detail!(
            "   {:<34} {:<28} {} {:<28} {}",
            row.item,
            row.target,
            if row.meets() { "✔" } else { "✘" },
            row.describe(target),
            naive_cell
        );
    }
    // Where the reference misses, show the derivation.
    for row in ref_check.rows.iter().filter(|r| !r.meets()) {
        if let Some(est) = complexity::find(&ref_est, &row.item) {
            print_derivation("reference", est, reference);
        }
    }
    let mut gap = 0.0;
    if let Some((naive_check, naive_est)) = &naive {
        totals.static_naive.1 += 1;
        if naive_check.exceeds_any() {
            totals.static_naive.0 += 1;
            detail!("   static: naive exceeds a target ✔");
        } else {
            detail!("   static: naive meets every target ✘ (the estimate cannot tell it apart)");
            if let Some(src) = kata.naive() {
                for est in naive_est.iter().filter(|e| {
                    kata.spec
                        .targets
                        .iter()
                        .any(|t| complexity::find(naive_est, &t.item) == Some(*e))
                }) {
                    print_derivation("naive", est, src);
                }
            }
            totals.disagreements.push(format!(
                "{}: the naive solution's estimate meets every target",
                kata.id()
            ));
        }
        gap = exponent_gap(&kata.spec.targets, &ref_est, naive_est);
    } else {
        detail!("   static: no naive solution");
    }
    if args.static_only {
        detail!();
        return;
    }
    let Some(spec) = &kata.spec.probe else {
        detail!("   measured: no [probe]\n");
        return;
    };
    if kata.file("probe.rs").is_none() {
        detail!("   measured: no probe.rs\n");
        return;
    }
    let mut variants = vec![("reference", reference, true)];
    if let Some(n) = kata.naive() {
        variants.push(("naive", n, gap >= 1.0));
    }
    for (name, src, must) in variants {
        let krate = match crate::engine::scratch::scratch_crate(scratch, name, kata, src) {
            Ok(k) => k,
            Err(e) => {
                detail!("   measured {name}: cannot write the scratch crate: {e}");
                continue;
            }
        };
        let target = scratch.join("target");
        let options = ProbeOptions::for_probe(spec);
        let cancel = CancellationToken::new();
        let started = Instant::now();
        let exe = rt.block_on(probe::build_probe(
            &krate,
            &target,
            kata.file("probe.rs").unwrap_or_default(),
            &cancel,
        ));
        let build_s = started.elapsed().as_secs_f64();
        let exe = match exe {
            Ok(exe) => exe,
            Err(e) => {
                detail!("   measured {name}: {e}");
                if name == "reference" || must {
                    let slot = if name == "reference" {
                        &mut totals.measured_ref
                    } else {
                        &mut totals.measured_naive
                    };
                    slot.1 += repeat;
                }
                continue;
            }
        };
        let Ok(expect) = probe::Expect::of(spec) else {
            continue;
        };
        let mut good = 0;
        let mut runs: Vec<Measurement> = Vec::new();
        for _ in 0..repeat {
            let m = rt.block_on(probe::measure(
                &exe,
                &krate.crate_dir,
                expect,
                &options,
                &cancel,
            ));
            let Ok(m) = m else { continue };
            let ok = if name == "reference" {
                m.verdict.is_pass()
            } else {
                m.verdict.is_flagged()
            };
            good += usize::from(ok);
            totals.measure_ms.push(m.elapsed_ms);
            runs.push(m);
        }
        let slopes: Vec<String> = runs
            .iter()
            .map(|m| m.fits.map_or("?".into(), |f| format!("{:.2}", f.slope)))
            .collect();
        let ms: Vec<String> = runs.iter().map(|m| format!("{}", m.elapsed_ms)).collect();
        let counted = name == "reference" || must;
        let mark = if !counted {
            "·"
        } else if good == repeat {
            "✔"
        } else {
            "✘"
        };
        let wanted = if name == "reference" {
            "pass"
        } else {
            "flagged"
        };
        detail!(
            "   measured {name:<9} {mark} {good}/{repeat} {wanted}{}; slopes n^[{}] (expect {}, {}); n up to {}; {} ms per check; build {build_s:.1} s",
            if counted { "" } else { " (not required: exponents differ by < 1)" },
            slopes.join(", "),
            spec.expect,
            runs.first().map_or("time", |m| m.measure),
            runs.first().and_then(|m| m.sizes.last()).copied().unwrap_or(0),
            ms.join("/"),
        );
        if let Some(m) = runs.iter().find(|m| {
            if name == "reference" {
                !m.verdict.is_pass()
            } else {
                counted && !m.verdict.is_flagged()
            }
        }) {
            detail!("      e.g. {}", m.summary());
            if let Verdict::Inconclusive { reason } = &m.verdict {
                let _ = reason;
            }
            totals
                .disagreements
                .push(format!("{}: measured {name}: {}", kata.id(), m.summary()));
        }
        if counted {
            let slot = if name == "reference" {
                &mut totals.measured_ref
            } else {
                &mut totals.measured_naive
            };
            slot.0 += good;
            slot.1 += repeat;
        }
    }
    detail!();
}

fn print_derivation(which: &str, est: &ItemEstimate, src: &str) {
    detail!("      {which} `{}`: {}", est.item, est.summary());
    for step in est.steps.iter().chain(&est.space_steps) {
        let (line, _) = crate::catalog::line_col(src, step.range.start);
        detail!("        line {line}: {}", step.text);
    }
}

fn print_totals(t: &Totals, static_only: bool, repeat: usize) {
    say!("══ totals over {} katas", t.katas);
    let pct = |(a, b): (usize, usize)| {
        if b == 0 {
            "-".to_string()
        } else {
            format!("{a}/{b} ({:.0}%)", 100.0 * a as f64 / b as f64)
        }
    };
    say!(
        "   static: reference meets its targets   {}",
        pct(t.static_ref)
    );
    say!(
        "   static: naive exceeds a target        {}",
        pct(t.static_naive)
    );
    if !static_only {
        say!(
            "   measured: reference passes           {} ({repeat} run(s) each)",
            pct(t.measured_ref)
        );
        say!(
            "   measured: naive flagged (gap ≥ 1)    {}",
            pct(t.measured_naive)
        );
        if !t.measure_ms.is_empty() {
            let mut ms = t.measure_ms.clone();
            ms.sort_unstable();
            let mean = ms.iter().sum::<u64>() as f64 / ms.len() as f64;
            say!(
                "   time per measured check (after build): mean {:.0} ms, median {} ms, max {} ms",
                mean,
                ms[ms.len() / 2],
                ms[ms.len() - 1]
            );
        }
    }
    if !t.disagreements.is_empty() {
        say!("   disagreements:");
        for d in &t.disagreements {
            say!("     - {d}");
        }
    }
}
