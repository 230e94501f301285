//! Benchmark: `kata check` on one started kata after an edit, against a bare
//! `cargo test -q` on the same crate, measured alternately in one run so
//! that machine noise hits both alike. The comparison runs `kata check
//! --no-measure` (the pipeline cargo test also does: build and tests, plus
//! tree-sitter); the measured-growth step, which cargo test has no
//! counterpart for, is timed on its own in the same rounds. Prints the
//! figures; asserts nothing.
//!
//! Usage: cargo run -p kata-tests --bin bench_check [-- ROUNDS]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn kata_bin() -> PathBuf {
    std::env::var_os("KATA_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/kata"))
}

fn timed(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let out = cmd.output().expect("command runs");
    let spent = start.elapsed();
    assert!(
        out.status.code().is_some(),
        "command died: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    spent
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(7);
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path();
    let kata = |args: &[&str]| {
        let mut c = Command::new(kata_bin());
        c.args(args)
            .current_dir(ws)
            .env_remove("KATA_PACK")
            .env_remove("KATA_WORKSPACE");
        c
    };
    assert!(kata(&["init", "."]).status().unwrap().success());
    assert!(kata(&["start", "pair-sum"])
        .output()
        .unwrap()
        .status
        .success());
    let lib = ws.join("pair-sum/src/lib.rs");
    let reference = kata(&["solution", "pair-sum", "--reveal"])
        .output()
        .unwrap()
        .stdout;
    std::fs::write(&lib, &reference).unwrap();
    let edit = |i: usize| {
        let mut text = String::from_utf8(reference.clone()).unwrap();
        text.push_str(&format!("\n// edit {i}\n"));
        std::fs::write(&lib, text).unwrap();
    };
    let cargo_test = || {
        let mut c = Command::new("cargo");
        c.args(["test", "-q"])
            .current_dir(ws.join("pair-sum"))
            .env("CARGO_TARGET_DIR", ws.join("target"));
        c
    };
    // Warm both paths once (first builds are not what a learner waits for).
    timed(&mut kata(&["check", "pair-sum"]));
    timed(&mut cargo_test());
    let (mut ours, mut bare, mut full) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..rounds {
        edit(3 * i);
        ours.push(timed(&mut kata(&["check", "pair-sum", "--no-measure"])));
        edit(3 * i + 1);
        bare.push(timed(&mut cargo_test()));
        edit(3 * i + 2);
        full.push(timed(&mut kata(&["check", "pair-sum"])));
    }
    let (o, b) = (median(ours.clone()), median(bare.clone()));
    println!("bench_check: {rounds} alternating rounds, edit then run, pair-sum");
    println!(
        "  kata check pair-sum --no-measure  median {:>7.1} ms  all {:?}",
        o.as_secs_f64() * 1e3,
        ms(&ours)
    );
    println!(
        "  cargo test -q (bare)              median {:>7.1} ms  all {:?}",
        b.as_secs_f64() * 1e3,
        ms(&bare)
    );
    println!(
        "  ratio kata/bare = {:.2} (target <= 1.2)",
        o.as_secs_f64() / b.as_secs_f64()
    );
    let f = median(full.clone());
    println!(
        "  kata check pair-sum (with measured growth)  median {:>7.1} ms  all {:?}: growth measurement adds {:.0} ms",
        f.as_secs_f64() * 1e3,
        ms(&full),
        (f.as_secs_f64() - o.as_secs_f64()) * 1e3
    );
}

fn ms(xs: &[Duration]) -> Vec<u64> {
    xs.iter().map(|d| d.as_millis() as u64).collect()
}
