//! End-to-end tests of containment through `kata check` over the fixture
//! pack: nothing a check starts outlives it (a chain of `setsid` daemons, a
//! `kill -9` of kata, a daemon left by the build), code that would run at
//! build time is refused, learner code runs in a sandbox (`prisoner`), and
//! `kata doctor` names each protection.
//!
//! Survivors are found by their working directory: every process a check
//! starts works inside the sandbox's directory (the environment, where
//! `cli.rs` looks, is scrubbed for test binaries).

use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

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

/// A practice workspace in `ws/` of a temporary directory: the directory
/// around it is "outside the workspace".
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        // Reachable by others (as a home directory usually is), so that
        // kata run as root runs learner code off root.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::create_dir(dir.path().join("ws")).unwrap();
        let sandbox = Sandbox { dir };
        let out = sandbox.kata(&["init", "."]);
        assert!(out.status.success(), "{}", text(&out));
        sandbox
    }

    fn outside(&self) -> &Path {
        self.dir.path()
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("ws")
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(kata_bin());
        command
            .args(args)
            .current_dir(self.root())
            .env("KATA_PACK", fixture_pack())
            .env_remove("KATA_WORKSPACE")
            .env_remove("KATA_CONTAIN");
        command
    }

    fn kata(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn start(&self, id: &str) {
        let out = self.kata(&["start", id]);
        assert!(out.status.success(), "{}", text(&out));
    }

    fn check_json(&self, mut command: Command) -> (Option<i32>, Value) {
        let out = command.output().unwrap();
        let json: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("not json ({e}): {}", text(&out)));
        (out.status.code(), json)
    }

    fn check(&self, id: &str) -> Command {
        self.command(&[
            "check",
            id,
            "--format",
            "json",
            "--timeout",
            "10",
            "--no-measure",
        ])
    }

    /// Live processes (not zombies) working inside this sandbox, other than
    /// `except`.
    fn survivors(&self, except: Option<u32>) -> Vec<String> {
        let root = self.outside().canonicalize().unwrap();
        kata_tests::live_processes()
            .into_iter()
            .filter(|p| Some(p.pid) != except)
            .filter(|p| p.cwd.as_ref().is_some_and(|c| c.starts_with(&root)))
            .map(|p| format!("{}: {}", p.pid, p.cmdline))
            .collect()
    }

    /// Survivors, after giving the kernel a moment to finish killing.
    fn survivors_after(&self, wait: Duration, except: Option<u32>) -> Vec<String> {
        let until = Instant::now() + wait;
        loop {
            let found = self.survivors(except);
            if found.is_empty() || Instant::now() > until {
                return found;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn text(out: &Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn outcomes(json: &Value) -> Vec<(String, String)> {
    json["katas"][0]["testResults"]
        .as_array()
        .unwrap_or_else(|| panic!("no test results: {json:#}"))
        .iter()
        .map(|t| {
            (
                t["name"].as_str().unwrap().to_string(),
                t["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn doctor(sandbox: &Sandbox) -> String {
    let out = sandbox.kata(&["doctor"]);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pid_namespace_active(sandbox: &Sandbox) -> bool {
    doctor(sandbox)
        .lines()
        .any(|l| l.starts_with("pid namespace:") && l.contains("active"))
}

#[test]
fn a_chain_of_setsid_daemons_leaves_nothing_alive() {
    let sandbox = Sandbox::new();
    sandbox.start("chain");
    // With the namespace, and with the fallback (process group and a sweep
    // that goes on until no orphan is left).
    for contain in ["on", "off"] {
        let mut check = sandbox.check("chain");
        check.env("KATA_CONTAIN", contain);
        let started = Instant::now();
        let (code, json) = sandbox.check_json(check);
        assert_eq!(code, Some(0), "KATA_CONTAIN={contain}: {json:#}");
        assert!(started.elapsed() < Duration::from_secs(60));
        assert_eq!(
            sandbox.survivors_after(Duration::from_secs(2), None),
            Vec::<String>::new(),
            "KATA_CONTAIN={contain}"
        );
    }
}

#[test]
fn kill_9_of_kata_check_leaves_nothing_alive() {
    let sandbox = Sandbox::new();
    sandbox.start("escapee");
    let namespaces = pid_namespace_active(&sandbox);
    let mut kata = sandbox
        .command(&["check", "escapee", "--timeout", "60", "--no-measure"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the test binary and its escaped `sleep` run.
    let crate_dir = sandbox.root().join("escapee").canonicalize().unwrap();
    let until = Instant::now() + Duration::from_secs(240);
    loop {
        let running = sandbox
            .survivors(Some(kata.id()))
            .iter()
            .any(|p| p.contains("sleep 300"));
        if running {
            break;
        }
        assert!(Instant::now() < until, "the escapee never started");
        assert!(kata.try_wait().unwrap().is_none(), "kata check ended early");
        std::thread::sleep(Duration::from_millis(100));
    }
    // SAFETY: signalling the child we spawned.
    unsafe { libc::kill(kata.id() as libc::pid_t, libc::SIGKILL) };
    kata.wait().unwrap();
    let left = sandbox.survivors_after(Duration::from_secs(5), None);
    if namespaces {
        assert_eq!(left, Vec::<String>::new());
    } else {
        // Without a PID namespace only the direct child dies with kata.
        assert!(
            left.iter().all(|p| p.contains("sleep 300")),
            "{left:?} ({})",
            crate_dir.display()
        );
    }
}

#[test]
fn a_daemon_left_by_the_build_cannot_hang_the_check() {
    let sandbox = Sandbox::new();
    sandbox.start("answer");
    std::fs::write(
        sandbox.root().join("answer/src/lib.rs"),
        "pub fn answer() -> u64 {\n    42\n}\n",
    )
    .unwrap();
    // A cargo that leaves a daemon holding its output, then builds.
    let wrapper = sandbox.outside().join("cargo-with-daemon");
    std::fs::write(
        &wrapper,
        "#!/bin/sh\nif [ \"$1\" != --version ]; then setsid sleep 300 & fi\nexec \"$REAL_CARGO\" \"$@\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let real = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut check = sandbox.check("answer");
    check.env("CARGO", &wrapper).env("REAL_CARGO", real);
    let started = Instant::now();
    let (code, json) = sandbox.check_json(check);
    assert_eq!(code, Some(0), "{json:#}");
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        sandbox.survivors_after(Duration::from_secs(2), None),
        Vec::<String>::new()
    );
}

#[test]
fn code_that_would_run_at_build_time_is_refused() {
    let sandbox = Sandbox::new();
    sandbox.start("answer");
    let krate = sandbox.root().join("answer");
    let marker = sandbox.outside().join("built");
    std::fs::write(
        krate.join("build.rs"),
        format!("fn main() {{ std::fs::write({marker:?}, \"ran\").unwrap(); }}\n"),
    )
    .unwrap();
    let (code, json) = sandbox.check_json(sandbox.check("answer"));
    assert_eq!(code, Some(1), "{json:#}");
    let shown = json.to_string();
    assert!(
        shown.contains(
            "this crate has a build script (build.rs); practice crates must not — remove it"
        ),
        "{json:#}"
    );
    assert!(!marker.exists(), "the build script ran");
    assert_eq!(json["katas"][0]["status"], "does-not-compile", "{json:#}");

    std::fs::remove_file(krate.join("build.rs")).unwrap();
    let manifest = krate.join("Cargo.toml");
    let original = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{original}\n[lib]\nproc-macro = true\n")).unwrap();
    let (code, json) = sandbox.check_json(sandbox.check("answer"));
    assert_eq!(code, Some(1), "{json:#}");
    assert!(
        json.to_string().contains("a procedural macro library"),
        "{json:#}"
    );

    std::fs::write(
        &manifest,
        format!("{original}\n[build-dependencies]\ncc = \"1\"\n"),
    )
    .unwrap();
    let (_, json) = sandbox.check_json(sandbox.check("answer"));
    assert!(json.to_string().contains("build dependencies"), "{json:#}");
}

/// Runs the prisoner's tests with a TCP listener on 127.0.0.1 and a secret
/// in kata's environment; returns each test's outcome.
fn run_prisoner(sandbox: &Sandbox, contain: &str) -> Vec<(String, String)> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::fs::write(sandbox.root().join("prisoner/port"), port.to_string()).unwrap();
    let mut check = sandbox.check("prisoner");
    check
        .env("KATA_SECRET", "hunter2")
        .env("KATA_CONTAIN", contain);
    let (_, json) = sandbox.check_json(check);
    outcomes(&json)
}

#[test]
fn learner_code_runs_in_a_sandbox() {
    let sandbox = Sandbox::new();
    sandbox.start("prisoner");
    let progress = sandbox.root().join(".kata/progress.json");
    let before = std::fs::read(&progress).unwrap();
    let outcomes = run_prisoner(&sandbox, "on");
    assert_eq!(outcomes.len(), 6, "{outcomes:?}");
    // SAFETY: geteuid cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    // As root, the budget holds when learner code runs off root.
    let budget = !root || doctor(&sandbox).contains("as uid 2000000000");
    for (name, outcome) in &outcomes {
        if !budget && name == "cannot_start_more_processes_than_the_budget" {
            // The kernel exempts real root from RLIMIT_NPROC.
            continue;
        }
        assert_eq!(outcome, "passed", "{name}: {outcomes:?}");
    }
    assert!(!sandbox.outside().join("escaped.txt").exists());
    assert_eq!(
        sandbox.survivors_after(Duration::from_secs(2), None),
        Vec::<String>::new()
    );
    // kata itself still records the check.
    assert_ne!(std::fs::read(&progress).unwrap(), before);
}

/// Bytes in the files beneath `dir`.
fn bytes_beneath(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => bytes_beneath(&e.path()),
            _ => e.metadata().map_or(0, |m| m.len()),
        })
        .sum()
}

#[test]
fn the_scratch_directory_has_a_size_budget() {
    let sandbox = Sandbox::new();
    if !doctor(&sandbox)
        .lines()
        .any(|l| l.starts_with("scratch:") && l.contains("tmpfs of 256 MiB"))
    {
        return; // no mount namespace here: 64 MiB per file only
    }
    sandbox.start("spill");
    let started = Instant::now();
    let (_, json) = sandbox.check_json(sandbox.check("spill"));
    let elapsed = started.elapsed();
    let test = &json["katas"][0]["testResults"][0];
    assert_eq!(test["outcome"], "failed", "{json:#}");
    let message = test["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("No space left on device"),
        "{message}: {json:#}"
    );
    // Nothing of the 1.2 GB reached the disk, and the check stayed quick.
    let written = bytes_beneath(&sandbox.root().join("target/tmp"));
    assert!(written < 256 << 20, "{written} bytes on disk");
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
    let out = sandbox.kata(&["list"]);
    assert!(out.status.success(), "{}", text(&out));
}

#[test]
fn without_the_sandbox_the_prisoner_gets_out() {
    // The prisoner's tests are meaningful: each fails when nothing stops it
    // (the process budget needs the user namespace, which root outside
    // it would bypass anyway).
    let sandbox = Sandbox::new();
    sandbox.start("prisoner");
    let outcomes = run_prisoner(&sandbox, "off");
    for name in [
        "cannot_write_the_progress_file",
        "cannot_write_outside_the_workspace",
        "cannot_read_a_secret_of_kata",
        "cannot_connect_to_a_local_listener",
        "cannot_start_more_processes_than_the_budget",
    ] {
        let outcome = outcomes.iter().find(|(n, _)| n == name);
        assert_eq!(
            outcome.map(|(_, o)| o.as_str()),
            Some("failed"),
            "{name}: {outcomes:?}"
        );
    }
    assert!(sandbox.outside().join("escaped.txt").exists());
}

#[test]
fn doctor_names_each_protection() {
    let sandbox = Sandbox::new();
    let out = sandbox.kata(&["doctor"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.split_once(':').map(|(name, _)| name))
        .collect();
    assert_eq!(
        names,
        [
            "cargo",
            "workspace",
            "pack",
            "pid namespace",
            "landlock",
            "cgroups",
            "scratch",
            "limits",
            "environment"
        ],
        "{stdout}"
    );
    let line = |name: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with(&format!("{name}:")))
            .unwrap()
            .to_string()
    };
    assert!(line("cargo").contains("cargo 1."), "{stdout}");
    let root = sandbox.root().canonicalize().unwrap();
    assert!(
        line("workspace").contains(&root.display().to_string()),
        "{stdout}"
    );
    assert!(line("pack").contains(" katas from "), "{stdout}");
    assert!(line("limits").contains("address space 4 GiB"), "{stdout}");

    // Without cargo: a configuration error (exit 2), the report still
    // printed.
    let mut command = sandbox.command(&["doctor"]);
    command.env("CARGO", sandbox.outside().join("no-cargo-here"));
    let out = command.output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("cargo:"), "{stdout}");
    assert!(stdout.contains("missing"), "{stdout}");
    assert!(stdout.contains("landlock:"), "{stdout}");

    // KATA_CONTAIN=off says so.
    let mut command = sandbox.command(&["doctor"]);
    command.env("KATA_CONTAIN", "off");
    let mut child = command.stdout(Stdio::piped()).spawn().unwrap();
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    child.wait().unwrap();
    assert!(stdout.contains("KATA_CONTAIN=off"), "{stdout}");
}
