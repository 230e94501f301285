//! What the command line prints off a terminal and how much: `-q` keeps
//! the verdicts, `-v` adds the steps with their timings and the commands
//! run, the progress bar never reaches a pipe, `kata list` keeps whole
//! titles in a pipe; and the files kata writes get the mode an ordinary
//! write would.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kata_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("KATA_BIN") {
        return bin.into();
    }
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("kata")
}

fn fixture_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pack")
}

fn kata(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(kata_bin());
    command
        .args(args)
        .current_dir(dir)
        .env("KATA_PACK", fixture_pack())
        .env_remove("KATA_WORKSPACE");
    command
}

fn run(dir: &Path, args: &[&str]) -> Output {
    kata(dir, args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A workspace with `answer` (fails: its starter is `todo!()`) and
/// `broken` (does not compile) started.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["init", "."][..],
        &["start", "answer"],
        &["start", "broken"],
    ] {
        let out = run(dir.path(), args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    dir
}

#[test]
fn quiet_keeps_the_verdicts_and_verbose_adds_steps_timings_and_commands() {
    let dir = workspace();
    let root = dir.path();

    let plain = run(root, &["check", "--all", "--no-measure"]);
    assert_eq!(plain.status.code(), Some(1), "{}", stderr(&plain));
    // Off a terminal: no progress bar (no carriage returns, no escapes).
    assert!(
        !stderr(&plain).contains('\r') && !stderr(&plain).contains('\u{1b}'),
        "{:?}",
        stderr(&plain)
    );
    assert!(
        stdout(&plain).contains("compile error"),
        "{}",
        stdout(&plain)
    );

    let quiet = run(root, &["-q", "check", "--all", "--no-measure"]);
    assert_eq!(quiet.status.code(), Some(1));
    let text = stdout(&quiet);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.len(),
        4,
        "two verdicts, a blank line, the tally: {lines:#?}"
    );
    assert!(lines[0].starts_with("✘ answer — "), "{lines:#?}");
    assert!(lines[1].starts_with("✘ broken — "), "{lines:#?}");
    assert!(lines[3].starts_with("2 katas checked"), "{lines:#?}");
    // The fixture pack's broken kata is still worth a warning.
    assert!(
        stderr(&quiet).lines().all(|l| l.starts_with("warning: ")),
        "{}",
        stderr(&quiet)
    );

    let verbose = run(root, &["check", "--all", "--no-measure", "--verbose"]);
    assert_eq!(verbose.status.code(), Some(1));
    let said = stderr(&verbose);
    for needle in [
        "answer: building (",
        "broken: building (",
        "build --tests --examples --keep-going --message-format=json",
        "cargo ended after ",
        "answer: running tests (",
        "answer: failing at ",
        "broken: does not compile at ",
    ] {
        assert!(said.contains(needle), "no `{needle}` in:\n{said}");
    }
    assert_eq!(stdout(&verbose), stdout(&plain).replace("\r", ""));

    let both = run(root, &["-q", "-v", "check", "--all"]);
    assert_eq!(both.status.code(), Some(2), "-q and -v conflict");
}

#[test]
fn list_in_a_pipe_keeps_whole_titles() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(kata_bin())
        .args(["list"])
        .current_dir(dir.path())
        .env_remove("KATA_PACK")
        .env_remove("KATA_WORKSPACE")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains('…'), "nothing is cut in a pipe:\n{text}");
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap();
    assert!(widest > 100, "the built-in pack has long rows: {widest}");
}

/// Every file under `dir` (not `target/`, which cargo writes), with its
/// permission bits, relative to `root`.
fn modes(root: &Path, dir: &Path, out: &mut Vec<(String, u32)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.file_name().is_some_and(|n| n == "target") {
            continue;
        }
        let mode = entry.metadata().unwrap().permissions().mode() & 0o7777;
        if path.is_dir() {
            modes(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).unwrap().display().to_string();
            out.push((rel, mode));
        }
    }
}

#[test]
fn files_kata_writes_get_the_mode_an_ordinary_write_would() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Under umask 027 an ordinary write gives 0640: so must every file
    // kata writes, the atomically replaced ones (the workspace manifest,
    // progress, outcomes) included.
    let with_umask = |args: &[&str]| {
        let mut command = kata(root, args);
        // SAFETY: umask is async-signal-safe and touches only the child.
        unsafe {
            command.pre_exec(|| {
                libc::umask(0o027);
                Ok(())
            })
        };
        let out = command.output().unwrap();
        assert!(
            out.status.code().is_some_and(|c| c < 2),
            "{args:?}: {}",
            stderr(&out)
        );
    };
    with_umask(&["init", "."]);
    with_umask(&["start", "answer"]);
    with_umask(&["hint", "answer"]);
    with_umask(&["reset", "answer"]);
    with_umask(&["solution", "answer", "--reveal"]);
    with_umask(&["check", "answer", "--no-measure"]);
    let mut found = Vec::new();
    modes(root, root, &mut found);
    for must in [
        "Cargo.toml",
        ".kata/progress.json",
        "answer/src/lib.rs",
        ".kata/solutions/answer.rs",
    ] {
        assert!(found.iter().any(|(p, _)| p == must), "{must}: {found:#?}");
    }
    assert!(
        found.iter().any(|(p, _)| p.starts_with(".kata/outcomes/")),
        "{found:#?}"
    );
    let odd: Vec<_> = found.iter().filter(|(_, mode)| *mode != 0o640).collect();
    assert!(odd.is_empty(), "not 0640 under umask 027: {odd:#?}");
}
