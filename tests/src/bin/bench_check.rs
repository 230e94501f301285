//! Benchmark of `kata check` against bare `cargo test`, each pair measured
//! alternately in one run so that machine noise hits both alike. Prints the
//! figures; asserts nothing.
//!
//! 1. One kata after an edit (what a learner waits for on save): `kata
//!    check pair-sum --no-measure` against `cargo test -q` in its crate.
//! 2. Every kata of the built-in pack started, with its reference solution:
//!    `kata check --all --no-measure` against `cargo test --workspace -q`,
//!    cold (a fresh target directory each time) and warm (built, nothing
//!    changed). The goal is at most 1.1× both ways.
//! 3. Measuring growth: `kata check --all` (full) against `--no-measure`,
//!    warm, probes already built: the difference per measured kata (goal:
//!    at most 0.3 s); the first full run, with the probes' build, is shown
//!    too.
//!
//! Usage: cargo run -p kata-tests --bin bench_check [-- ROUNDS [--cold N] [--katas N]]
//! ROUNDS: edit and warm rounds (default 5); `--cold N`: cold rounds
//! (default 2); `--katas N`: only the first N katas in part 2 and 3
//! (default: all).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn kata_bin() -> PathBuf {
    std::env::var_os("KATA_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/kata"))
}

/// Runs it to its end; the wall time and stdout.
fn timed(cmd: &mut Command) -> (Duration, Vec<u8>) {
    let start = Instant::now();
    let out = cmd.output().expect("command runs");
    let spent = start.elapsed();
    assert!(
        out.status.code().is_some(),
        "command died: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (spent, out.stdout)
}

/// The middle value; of an even count, the mean of the two middle ones.
fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    let n = xs.len();
    // Of an odd count, both indexes are the middle one.
    (xs[(n - 1) / 2] + xs[n / 2]) / 2
}

fn secs(xs: &[Duration]) -> Vec<String> {
    xs.iter()
        .map(|d| format!("{:.2}", d.as_secs_f64()))
        .collect()
}

struct Args {
    rounds: usize,
    cold: usize,
    katas: Option<usize>,
}

fn args() -> Args {
    let mut args = Args {
        rounds: 5,
        cold: 2,
        katas: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut number = || it.next().and_then(|n| n.parse().ok()).expect("a number");
        match arg.as_str() {
            "--cold" => args.cold = number(),
            "--katas" => args.katas = Some(number()),
            n => args.rounds = n.parse().expect("ROUNDS is a number"),
        }
    }
    args.rounds = args.rounds.max(1);
    args
}

/// A practice workspace in a temporary directory.
struct Workspace {
    dir: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Workspace {
        let ws = Workspace {
            dir: tempfile::tempdir().unwrap(),
        };
        assert!(ws.kata(&["init", "."]).output().unwrap().status.success());
        ws
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn kata(&self, args: &[&str]) -> Command {
        let mut c = Command::new(kata_bin());
        c.args(args)
            .current_dir(self.root())
            .env_remove("KATA_PACK")
            .env_remove("KATA_WORKSPACE");
        c
    }

    fn cargo(&self, args: &[&str], dir: &Path) -> Command {
        let mut c = Command::new("cargo");
        c.args(args)
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", self.root().join("target"));
        c
    }

    /// Starts the kata and puts its reference solution in; returns it.
    fn start_solved(&self, id: &str) -> Vec<u8> {
        let out = self.kata(&["start", id]).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let reference = self
            .kata(&["solution", id, "--reveal"])
            .output()
            .unwrap()
            .stdout;
        std::fs::write(self.root().join(id).join("src/lib.rs"), &reference).unwrap();
        reference
    }
}

fn main() {
    let args = args();
    one_kata_after_an_edit(args.rounds);
    every_kata(&args);
}

fn one_kata_after_an_edit(rounds: usize) {
    let ws = Workspace::new();
    let reference = ws.start_solved("pair-sum");
    let lib = ws.root().join("pair-sum/src/lib.rs");
    let edit = |i: usize| {
        let mut text = String::from_utf8(reference.clone()).unwrap();
        text.push_str(&format!("\n// edit {i}\n"));
        std::fs::write(&lib, text).unwrap();
    };
    let crate_dir = ws.root().join("pair-sum");
    let cargo_test = || ws.cargo(&["test", "-q"], &crate_dir);
    // Warm both paths once (first builds are not what a learner waits for).
    timed(&mut ws.kata(&["check", "pair-sum"]));
    timed(&mut cargo_test());
    let (mut ours, mut bare, mut full) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..rounds {
        edit(3 * i);
        ours.push(timed(&mut ws.kata(&["check", "pair-sum", "--no-measure"])).0);
        edit(3 * i + 1);
        bare.push(timed(&mut cargo_test()).0);
        edit(3 * i + 2);
        full.push(timed(&mut ws.kata(&["check", "pair-sum"])).0);
    }
    let (o, b) = (median(ours.clone()), median(bare.clone()));
    println!("bench_check: {rounds} alternating rounds, edit then run, pair-sum");
    println!(
        "  kata check pair-sum --no-measure  median {:>6.2} s  all {:?}",
        o.as_secs_f64(),
        secs(&ours)
    );
    println!(
        "  cargo test -q (bare)              median {:>6.2} s  all {:?}",
        b.as_secs_f64(),
        secs(&bare)
    );
    println!(
        "  ratio kata/bare = {:.2} (target <= 1.2)",
        o.as_secs_f64() / b.as_secs_f64()
    );
    let f = median(full.clone());
    println!(
        "  kata check pair-sum (with measured growth)  median {:>6.2} s  all {:?}: growth measurement adds {:.2} s",
        f.as_secs_f64(),
        secs(&full),
        f.as_secs_f64() - o.as_secs_f64()
    );
}

fn every_kata(args: &Args) {
    let ws = Workspace::new();
    let list = ws.kata(&["list", "--format", "json"]).output().unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).expect("kata list json");
    let mut ids: Vec<String> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    let total = ids.len();
    if let Some(n) = args.katas {
        ids.truncate(n);
    }
    for id in &ids {
        ws.start_solved(id);
    }
    let target = ws.root().join("target");
    let check = |extra: &[&str]| {
        let mut argv = vec!["check", "--all"];
        argv.extend_from_slice(extra);
        ws.kata(&argv)
    };
    let bare = || ws.cargo(&["test", "--workspace", "-q"], ws.root());
    println!(
        "bench_check: {} of the {total} built-in katas started with their reference solutions",
        ids.len()
    );

    // Cold: a fresh target directory before every run; the order flips
    // each round.
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for round in 0..args.cold {
        for ours_first in [round % 2 == 0, round % 2 != 0] {
            let _ = std::fs::remove_dir_all(&target);
            if ours_first {
                ours.push(timed(&mut check(&["--no-measure"])).0);
            } else {
                theirs.push(timed(&mut bare()).0);
            }
        }
    }
    if args.cold > 0 {
        ratio("cold", &ours, &theirs, args.cold);
    }

    // Warm: everything built, nothing changed.
    timed(&mut check(&["--no-measure"]));
    timed(&mut bare());
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..args.rounds {
        ours.push(timed(&mut check(&["--no-measure"])).0);
        theirs.push(timed(&mut bare()).0);
    }
    ratio("warm", &ours, &theirs, args.rounds);

    // Measuring growth: the first full run builds the probes.
    let (first, _) = timed(&mut check(&["--format", "json"]));
    let (mut full, mut plain) = (Vec::new(), Vec::new());
    let mut measured = 0;
    let rounds = args.rounds.min(3);
    for _ in 0..rounds {
        let (spent, stdout) = timed(&mut check(&["--format", "json"]));
        full.push(spent);
        measured = count_measured(&stdout);
        plain.push(timed(&mut check(&["--no-measure"])).0);
    }
    let (f, p) = (median(full.clone()), median(plain.clone()));
    let per_kata = (f.as_secs_f64() - p.as_secs_f64()) / measured.max(1) as f64;
    println!(
        "  measuring growth ({measured} katas measured, {rounds} rounds, probes built): \
         kata check --all median {:.2} s {:?} against --no-measure {:.2} s {:?}",
        f.as_secs_f64(),
        secs(&full),
        p.as_secs_f64(),
        secs(&plain)
    );
    println!(
        "  measuring adds {per_kata:.3} s per kata (target <= 0.3); the first full run, \
         building the probes, took {:.2} s",
        first.as_secs_f64()
    );
}

fn ratio(what: &str, ours: &[Duration], theirs: &[Duration], rounds: usize) {
    let (o, t) = (median(ours.to_vec()), median(theirs.to_vec()));
    println!(
        "  {what} ({rounds} alternating rounds): kata check --all --no-measure median {:.2} s {:?}, \
         cargo test --workspace -q median {:.2} s {:?}: ratio {:.2} (target <= 1.1)",
        o.as_secs_f64(),
        secs(ours),
        t.as_secs_f64(),
        secs(theirs),
        o.as_secs_f64() / t.as_secs_f64()
    );
}

/// Katas whose growth was measured, in a JSON report.
fn count_measured(report: &[u8]) -> usize {
    let report: serde_json::Value = serde_json::from_slice(report).expect("a JSON report");
    report["katas"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["measurement"]["state"] == "measured")
        .count()
}
