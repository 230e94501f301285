//! `kata watch` end to end, in a pseudo-terminal as a learner runs it:
//! saves re-check the kata (the first save lands while the first check is
//! still running, and cancels it), keys reveal a hint and quit, the
//! terminal is restored, and nothing the checks started is left running.

use rexpect::process::WaitStatus;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn kata_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("KATA_BIN") {
        return bin.into();
    }
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("kata")
}

fn kata(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(kata_bin());
    command
        .args(args)
        .current_dir(dir)
        .env_remove("KATA_PACK")
        .env_remove("KATA_WORKSPACE")
        .env("NO_COLOR", "1");
    command
}

fn run_ok(dir: &Path, args: &[&str]) {
    let out = kata(dir, args).output().unwrap();
    assert!(
        out.status.success(),
        "kata {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Live processes working inside the workspace: `kata watch` itself (it
/// runs there), cargo, rustc, test binaries. By directory, not by command
/// line: the other test of this file runs at the same time.
fn survivors(root: &Path) -> Vec<String> {
    kata_tests::live_processes()
        .into_iter()
        .filter(|p| p.cwd.as_ref().is_some_and(|c| c.starts_with(root)))
        .map(|p| format!("{} {}", p.pid, p.cmdline))
        .collect()
}

/// Writes `text` to the learner's file the way an editor saves: a new
/// file renamed over the old one.
fn save(lib: &Path, text: &str) {
    let tmp = lib.with_extension("rs.new");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, lib).unwrap();
}

#[test]
fn watch_rechecks_on_save_reveals_a_hint_and_quits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    run_ok(&root, &["init", "."]);
    run_ok(&root, &["start", "pair-sum"]);
    let lib = root.join("pair-sum/src/lib.rs");
    let reference = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../katas/pair-sum/solution/reference.rs")
        .canonicalize()
        .unwrap();

    // A cold build on a loaded machine is slow: generous, but bounded.
    // rexpect reads the screen byte by byte as chars: the needles below
    // are ASCII (`\S+` stands for the separators, `·` and `—`).
    let mut session = rexpect::session::spawn_command(
        kata(&root, &["watch", "pair-sum", "--no-measure"]),
        Some(300_000),
    )
    .unwrap();
    session
        .exp_regex(r"kata watch \S+ pair-sum")
        .expect("the screen");

    // Wrong: no pairs at all. Some tests pass (the empty cases), the rest
    // fail; the starter passes none, so this screen is this save's.
    save(
        &lib,
        "pub fn pair_sum(_nums: &[i64], _target: i64) -> Vec<(i64, i64)> {\n    Vec::new()\n}\n",
    );
    session
        .exp_regex(r"failing \S+ [1-9][0-9]*/[0-9]+ tests pass")
        .expect("the wrong solution fails");
    session
        .exp_string("finds_all_pairs_in_a_small_slice")
        .expect("the failing test is named");

    save(&lib, &std::fs::read_to_string(&reference).unwrap());
    session
        .exp_regex(r"solved \S+ [0-9]+/[0-9]+ tests pass")
        .expect("the reference solves it");

    session.send("h").unwrap();
    session.flush().unwrap();
    session
        .exp_string("Hint 1/")
        .expect("h reveals the first hint");

    session.send("q").unwrap();
    session.flush().unwrap();
    // Back on the main screen, the last status is printed.
    session
        .exp_string("pair-sum: solved")
        .expect("the summary after quitting");
    let status = session.process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "exit: {status:?}"
    );

    // The runner kills what it started before `kata watch` returns; allow
    // the kernel a moment to reap.
    let mut left = survivors(&root);
    for _ in 0..20 {
        if left.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        left = survivors(&root);
    }
    assert!(left.is_empty(), "left running: {left:#?}");

    // The hint was recorded like `kata hint` records it.
    let progress = std::fs::read_to_string(root.join(".kata/progress.json")).unwrap();
    assert!(progress.contains("\"hints_shown\": 1"), "{progress}");
}

#[test]
fn ctrl_c_during_a_check_stops_it_and_leaves_nothing_running() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    run_ok(&root, &["init", "."]);
    run_ok(&root, &["start", "pair-sum"]);
    let mut session = rexpect::session::spawn_command(
        kata(&root, &["watch", "pair-sum", "--no-measure"]),
        Some(300_000),
    )
    .unwrap();
    // The first check is in flight (cargo builds, then the tests run).
    session
        .exp_regex(r"checking\S+ (building|running tests)")
        .expect("a check in flight");
    session.send_control('c').unwrap();
    session
        .exp_string("\u{1b}[?1049l")
        .expect("the main screen is restored");
    let status = session.process().wait().unwrap();
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "exit: {status:?}"
    );
    let mut left = survivors(&root);
    for _ in 0..20 {
        if left.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        left = survivors(&root);
    }
    assert!(left.is_empty(), "left running: {left:#?}");
}
