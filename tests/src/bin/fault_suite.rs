//! The fault suite: hostile and broken solutions, each checked through both
//! surfaces (`kata check --format json` and `kata lsp` on save), with what
//! each left behind. For every case × surface it records the message shown,
//! the seconds until it was shown, processes left afterwards (working inside
//! the case's temporary directory or naming it), files written outside the
//! workspace (next to it in the temporary directory, or `/tmp/<marker>*`),
//! whether `.kata/` is intact (progress parses, a hostile solution is not
//! recorded `solved`), and kata's peak RSS. Prints a table; exits 1 when a
//! row fails.
//!
//! Usage: cargo run -q -p kata-tests --bin fault_suite [-- --only NAME[,NAME]]
//! [--verbose] [--list] [--uncontained] (`--verbose` prints each row's whole
//! message; `--uncontained` runs kata with `KATA_CONTAIN=off`, to see the
//! checks catch what gets out; with `FAULT_KEEP=1` the directory of a
//! failing row is kept).
//! (`KATA_BIN` names the kata binary; else `target/debug/kata`, built first.)

// The stdio wire of the server's own tests (spawn, frames); only part of it
// is used here.
#[allow(dead_code)]
#[path = "../../../server/tests/support/stdio_client.rs"]
mod stdio_client;

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long one check may take before the suite gives up on it (a cold
/// build on a loaded machine, plus the case's test timeout).
const RUN_DEADLINE: Duration = Duration::from_secs(240);
/// kata's own peak RSS while a test floods its output.
const RSS_BOUND_KIB: u64 = 256 << 10;
/// `--uncontained`: kata runs with `KATA_CONTAIN=off`.
static UNCONTAINED: AtomicBool = AtomicBool::new(false);

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixture_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pack")
}

/// `KATA_BIN`, else `target/debug/kata` after `cargo build -p kata` (a
/// no-op when it is up to date).
fn kata_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("KATA_BIN") {
        return bin.into();
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let built = Command::new(cargo)
        .args(["build", "-q", "-p", "kata", "--bin", "kata"])
        .current_dir(repo())
        .status()
        .expect("cargo runs");
    assert!(built.success(), "cargo build -p kata failed");
    let bin = repo().join("target/debug/kata");
    bin.canonicalize().unwrap_or(bin)
}

/// What a case's solution must come to.
#[derive(Clone, Copy, PartialEq)]
enum Expect {
    /// Hostile or broken: must not be solved.
    NotSolved,
    /// A correct solution whose tests are the hostile part (or output kata
    /// must parse through): must be solved.
    Solved,
    /// Any verdict, as long as kata gives one.
    Any,
}

struct Case {
    name: &'static str,
    kata: &'static str,
    what: &'static str,
    timeout: u32,
    expect: Expect,
    /// `src/lib.rs` written after `kata start` (`@OUT@` and `@MARK@` are
    /// replaced); `None` keeps the fixture's starter.
    solution: Option<Vec<u8>>,
    /// Other files written into the kata's crate.
    extra: Vec<(&'static str, String)>,
    /// The message (whitespace collapsed) must contain this.
    must_show: Option<&'static str>,
    /// Run with a cargo that leaves a daemon.
    cargo_daemon: bool,
    /// A TCP listener and `KATA_SECRET` for the prisoner.
    prisoner: bool,
    /// Bound kata's peak RSS.
    bound_rss: bool,
}

impl Case {
    fn new(name: &'static str, kata: &'static str, what: &'static str) -> Case {
        Case {
            name,
            kata,
            what,
            timeout: 3,
            expect: Expect::NotSolved,
            solution: None,
            extra: Vec::new(),
            must_show: None,
            cargo_daemon: false,
            prisoner: false,
            bound_rss: false,
        }
    }
    fn solution(mut self, text: impl Into<Vec<u8>>) -> Case {
        self.solution = Some(text.into());
        self
    }
    fn timeout(mut self, secs: u32) -> Case {
        self.timeout = secs;
        self
    }
    fn expect(mut self, expect: Expect) -> Case {
        self.expect = expect;
        self
    }
}

/// Appended to most hostile solutions: try to write next to the workspace
/// and into `/tmp`.
const ESCAPE: &str = r#"
#[allow(dead_code)]
fn try_escape(tag: &str) {
    let _ = std::fs::write(format!("@OUT@/{tag}"), tag);
    let _ = std::fs::write(format!("@MARK@-{tag}"), tag);
}
"#;

fn with_escape(body: &str) -> String {
    format!("{body}{ESCAPE}")
}

const ANSWER_42: &str = "pub fn answer() -> u64 {\n    42\n}\n";

fn cases() -> Vec<Case> {
    vec![
        Case::new("spinner", "spinner", "infinite loop"),
        Case::new("deep", "deep", "unbounded recursion"),
        // Long enough to reach the address-space limit (4 GiB, each test).
        Case::new("hog", "hog", "allocation bomb (64 MiB blocks)").timeout(20),
        Case::new("escapee", "escapee", "setsid sleep 300, then hangs"),
        Case::new("chain", "chain", "chain of 12 setsid daemons, test passes")
            .timeout(5)
            .expect(Expect::Solved),
        Case {
            prisoner: true,
            ..Case::new(
                "prisoner",
                "prisoner",
                "writes .kata, writes outside, reads env, TCP, 600 processes",
            )
            .timeout(10)
            .expect(Expect::Solved)
        },
        Case {
            extra: vec![(
                "build.rs",
                "fn main() {\n    let _ = std::fs::write(\"@OUT@/built\", \"ran\");\n    \
                 let _ = std::fs::write(\"@MARK@-built\", \"ran\");\n}\n"
                    .into(),
            )],
            ..Case::new("build-rs", "answer", "build.rs writing outside (refused)")
                .solution(ANSWER_42)
        },
        Case {
            extra: vec![(
                "build.rs",
                "fn main() {\n    let _ = std::process::Command::new(\"setsid\")\
                 .args([\"sleep\", \"300\"]).spawn();\n    \
                 let _ = std::fs::write(\"@MARK@-daemon\", \"ran\");\n}\n"
                    .into(),
            )],
            ..Case::new(
                "build-daemon",
                "answer",
                "build.rs leaving a daemon (refused)",
            )
            .solution(ANSWER_42)
        },
        Case {
            cargo_daemon: true,
            ..Case::new(
                "cargo-daemon",
                "answer",
                "the build leaves a daemon on the pipe",
            )
            .solution(ANSWER_42)
            .expect(Expect::Solved)
        },
        Case {
            bound_rss: true,
            ..Case::new("flood", "answer", "prints without end for 10 s")
                .solution(with_escape(FLOOD))
                .timeout(15)
        },
        Case::new(
            "forged-json",
            "answer",
            "prints fake libtest events, exits 0",
        )
        .solution(with_escape(FORGED)),
        Case {
            must_show: Some("actual: 41"),
            ..Case::new(
                "catch-unwind",
                "answer",
                "panic caught before the real assertion",
            )
            .solution(CATCH_UNWIND)
        },
        Case::new("no-newline", "answer", "output without a final newline")
            .solution(NO_NEWLINE)
            .expect(Expect::Solved),
        Case::new("children-1g", "answer", "5 children x 1 GiB, left sleeping")
            .solution(with_escape(CHILDREN))
            .timeout(8),
        Case::new("files-60m", "answer", "20 files x 60 MiB, and outside")
            .solution(with_escape(FILES))
            .timeout(10),
        Case::new("nested-parens", "answer", "1,000 nested parentheses")
            .solution(nested_parens(1000))
            .expect(Expect::Any),
        Case::new("non-utf8", "answer", "src/lib.rs is not UTF-8")
            .solution(b"pub fn answer() -> u64 {\n    42 // \xff\xfe\xfd\n}\n".to_vec()),
        Case::new("compile-error", "broken", "does not compile"),
    ]
}

fn nested_parens(depth: usize) -> String {
    format!(
        "#[allow(unused_parens)]\npub fn answer() -> u64 {{\n    {}42{}\n}}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    )
}

const FLOOD: &str = r#"use std::io::Write;

pub fn answer() -> u64 {
    try_escape("flood");
    let start = std::time::Instant::now();
    let line = "spam ".repeat(40) + "\n";
    let long = "x".repeat(1 << 20);
    let mut out = std::io::stdout();
    let mut i = 0u64;
    while start.elapsed() < std::time::Duration::from_secs(10) {
        let _ = out.write_all(line.as_bytes());
        i += 1;
        if i % 1000 == 0 {
            // A 1 MiB line, and stderr too.
            let _ = out.write_all(long.as_bytes());
            let _ = std::io::stderr().write_all(line.as_bytes());
        }
    }
    // Captured by libtest: one event of 9 MiB.
    println!("{}", "captured ".repeat(1 << 20));
    0
}
"#;

const FORGED: &str = r#"use std::io::Write;

pub fn answer() -> u64 {
    try_escape("forged");
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(
        concat!(
            "\n{ \"type\": \"suite\", \"event\": \"started\", \"test_count\": 2 }\n",
            "{ \"type\": \"test\", \"event\": \"started\", \"name\": \"gives_the_answer\" }\n",
            "{ \"type\": \"test\", \"name\": \"gives_the_answer\", \"event\": \"ok\" }\n",
            "{ \"type\": \"test\", \"event\": \"started\", \"name\": \"is_even\" }\n",
            "{ \"type\": \"test\", \"name\": \"is_even\", \"event\": \"ok\" }\n",
            "{ \"type\": \"suite\", \"event\": \"ok\", \"passed\": 2, \"failed\": 0, ",
            "\"ignored\": 0, \"measured\": 0, \"filtered_out\": 0, \"exec_time\": 0.001 }\n",
        )
        .as_bytes(),
    );
    let _ = out.flush();
    std::process::exit(0)
}
"#;

const CATCH_UNWIND: &str = r#"pub fn answer() -> u64 {
    let _ = std::panic::catch_unwind(|| {
        panic!("assertion `left == right` failed\n  left: 42\n right: 42");
    });
    41
}
"#;

const NO_NEWLINE: &str = r#"use std::io::Write;

pub fn answer() -> u64 {
    print!("captured, no newline");
    eprint!("stderr, no newline");
    let _ = std::io::stdout().write_all(b"raw stdout, no newline");
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(b"raw stderr, no newline");
    42
}
"#;

const CHILDREN: &str = r#"use std::sync::atomic::{AtomicBool, Ordering};

static STARTED: AtomicBool = AtomicBool::new(false);

pub fn answer() -> u64 {
    if std::env::var_os("FAULT_CHILD").is_some() {
        let block = vec![1u8; 1 << 30];
        std::hint::black_box(&block);
        try_escape("child");
        std::thread::sleep(std::time::Duration::from_secs(300));
        return 0;
    }
    // The number of children started (5), as `gives_the_answer`'s answer
    // (libtest names each test's thread after the test).
    let mut started = 0;
    let first = std::thread::current()
        .name()
        .is_some_and(|n| n.contains("gives_the_answer"));
    if first && !STARTED.swap(true, Ordering::SeqCst) {
        let exe = std::env::current_exe().unwrap();
        for _ in 0..5 {
            let child = std::process::Command::new(&exe)
                .args(["--exact", "gives_the_answer", "--test-threads", "1"])
                .env("FAULT_CHILD", "1")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn();
            started += child.is_ok() as u64;
        }
        std::thread::sleep(std::time::Duration::from_secs(3));
    }
    started
}
"#;

const FILES: &str = r#"use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static STARTED: AtomicBool = AtomicBool::new(false);

/// MiB written.
fn fill(path: std::path::PathBuf) -> u64 {
    let chunk = vec![7u8; 1 << 20];
    let mut written = 0;
    if let Ok(mut file) = std::fs::File::create(path) {
        for _ in 0..60 {
            if file.write_all(&chunk).is_err() {
                break;
            }
            written += 1;
        }
    }
    written
}

/// The MiB written into the scratch directory (1200 when all went in).
pub fn answer() -> u64 {
    let mut written = 0;
    if !STARTED.swap(true, Ordering::SeqCst) {
        let dir = std::env::temp_dir();
        for i in 0..20 {
            written += fill(dir.join(format!("fill-{i}")));
        }
        fill("@OUT@/fill".into());
        try_escape("fill");
    }
    written
}
"#;

/// One case × surface.
struct Row {
    case: &'static str,
    surface: &'static str,
    status: String,
    secs: f64,
    left: Vec<String>,
    outside: Vec<String>,
    intact: Result<(), String>,
    message: String,
    full_message: String,
    failing_tests: Vec<String>,
    rss_kib: u64,
    /// Why the row fails (empty: it holds).
    failures: Vec<String>,
    known: Option<String>,
}

/// A case's temporary directory: `ws/` is the workspace, `outside/` a
/// directory the hostile code targets; anything else appearing in the
/// directory (outside `ws/`) is a write outside the workspace too.
struct Scene {
    dir: tempfile::TempDir,
    root: PathBuf,
    marker: String,
    before: BTreeSet<PathBuf>,
    listener: Option<std::net::TcpListener>,
    env: Vec<(String, String)>,
}

impl Scene {
    fn new(case: &Case, surface: &str, bin: &Path) -> Scene {
        let dir = tempfile::Builder::new()
            .prefix("kata-faults-")
            .tempdir()
            .unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir(root.join("ws")).unwrap();
        std::fs::create_dir(root.join("outside")).unwrap();
        let marker = format!(
            "/tmp/kata-fault-marker-{}-{}-{surface}",
            std::process::id(),
            case.name
        );
        let mut scene = Scene {
            dir,
            root,
            marker,
            before: BTreeSet::new(),
            listener: None,
            env: Vec::new(),
        };
        let run = |args: &[&str]| {
            let out = scene.kata(bin, args).output().unwrap();
            assert!(
                out.status.success(),
                "kata {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        run(&["init", "."]);
        run(&["start", case.kata]);
        let krate = scene.ws().join(case.kata);
        let fill = |text: &[u8]| -> Vec<u8> {
            let out = scene.root.join("outside");
            let text = String::from_utf8_lossy(text).into_owned();
            if text.contains("@OUT@") || text.contains("@MARK@") {
                text.replace("@OUT@", &out.display().to_string())
                    .replace("@MARK@", &scene.marker)
                    .into_bytes()
            } else {
                text.into_bytes()
            }
        };
        if let Some(solution) = &case.solution {
            // Non-UTF-8 bytes go in untouched (no placeholders there).
            let bytes = if std::str::from_utf8(solution).is_ok() {
                fill(solution)
            } else {
                solution.clone()
            };
            std::fs::write(krate.join("src/lib.rs"), bytes).unwrap();
        }
        for (name, text) in &case.extra {
            std::fs::write(krate.join(name), fill(text.as_bytes())).unwrap();
        }
        if case.cargo_daemon {
            let wrapper = scene.root.join("cargo-with-daemon");
            std::fs::write(
                &wrapper,
                "#!/bin/sh\nif [ \"$1\" != --version ]; then setsid sleep 300 & fi\n\
                 exec \"$REAL_CARGO\" \"$@\"\n",
            )
            .unwrap();
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
            let real = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            scene
                .env
                .push(("CARGO".into(), wrapper.display().to_string()));
            scene.env.push(("REAL_CARGO".into(), real));
        }
        if case.prisoner {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.set_nonblocking(true).unwrap();
            let port = listener.local_addr().unwrap().port();
            std::fs::write(krate.join("port"), port.to_string()).unwrap();
            scene.listener = Some(listener);
            scene.env.push(("KATA_SECRET".into(), "hunter2".into()));
        }
        scene.before = scene.outside_files();
        scene
    }

    fn ws(&self) -> PathBuf {
        self.root.join("ws")
    }

    fn kata(&self, bin: &Path, args: &[&str]) -> Command {
        let mut command = Command::new(bin);
        command
            .args(args)
            .current_dir(self.ws())
            .env("KATA_PACK", fixture_pack())
            .env_remove("KATA_WORKSPACE")
            .env_remove("KATA_CONTAIN")
            .env_remove("CARGO_TARGET_DIR");
        if UNCONTAINED.load(Ordering::Relaxed) {
            command.env("KATA_CONTAIN", "off");
        }
        for (k, v) in &self.env {
            command.env(k, v);
        }
        command
    }

    /// Every path in the temporary directory outside `ws/`, and
    /// `/tmp/<marker>*`.
    fn outside_files(&self) -> BTreeSet<PathBuf> {
        let mut found = BTreeSet::new();
        let mut stack = vec![self.root.clone()];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path == self.ws() {
                    continue;
                }
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(path.clone());
                }
                found.insert(path);
            }
        }
        let name = Path::new(&self.marker)
            .file_name()
            .unwrap()
            .to_string_lossy();
        for entry in std::fs::read_dir("/tmp").unwrap().flatten() {
            if entry.file_name().to_string_lossy().starts_with(&*name) {
                found.insert(entry.path());
            }
        }
        found
    }

    /// What appeared outside the workspace since the scene was set up.
    fn outside_writes(&self) -> Vec<String> {
        let mut writes: Vec<String> = self
            .outside_files()
            .difference(&self.before)
            .map(|p| {
                p.strip_prefix(&self.root)
                    .map(|r| r.display().to_string())
                    .unwrap_or_else(|_| p.display().to_string())
            })
            .collect();
        if let Some(listener) = &self.listener {
            if listener.accept().is_ok() {
                writes.push("tcp:127.0.0.1 connected".into());
            }
        }
        // The run's scratch directory must be gone (it may hold 1.2 GB).
        if let Ok(entries) = std::fs::read_dir(self.ws().join("target/tmp")) {
            for entry in entries.flatten() {
                if entry.file_name().to_string_lossy().starts_with("kata-run-") {
                    writes.push(format!("scratch left: {}", entry.path().display()));
                }
            }
        }
        writes
    }

    /// Live processes (not zombies) working inside the directory or naming
    /// it, after up to 2 s for the kernel to finish killing.
    fn survivors(&self) -> Vec<String> {
        let until = Instant::now() + Duration::from_secs(2);
        loop {
            let found = self.scan();
            if found.is_empty() || Instant::now() > until {
                return found;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn scan(&self) -> Vec<String> {
        let root = self.root.display().to_string();
        kata_tests::live_processes()
            .into_iter()
            .filter(|p| {
                p.cwd.as_ref().is_some_and(|c| c.starts_with(&self.root))
                    || p.cmdline.contains(&root)
                    || p.cmdline.contains(&self.marker)
            })
            .map(|p| format!("{}: {}", p.pid, p.cmdline))
            .collect()
    }

    /// `progress.json` parses and does not record a hostile solution as
    /// solved; the kept outcome parses.
    fn intact(&self, kata: &str, hostile: bool) -> Result<(), String> {
        let dot = self.ws().join(".kata");
        let text =
            std::fs::read(dot.join("progress.json")).map_err(|e| format!("progress.json: {e}"))?;
        let progress: Value = serde_json::from_slice(&text)
            .map_err(|e| format!("progress.json does not parse: {e}"))?;
        let status = progress["katas"][kata]["status"]
            .as_str()
            .ok_or_else(|| format!("progress.json has no status for {kata}"))?;
        if hostile && status == "solved" {
            return Err("recorded solved".into());
        }
        let outcome = dot.join(format!("outcomes/{kata}.json"));
        if outcome.exists() {
            let text = std::fs::read(&outcome).map_err(|e| format!("outcome: {e}"))?;
            serde_json::from_slice::<Value>(&text)
                .map_err(|e| format!("outcomes/{kata}.json does not parse: {e}"))?;
        }
        Ok(())
    }
}

/// Peak RSS (`VmHWM`, KiB) of a process, sampled until `stop`.
fn sample_rss(pid: u32, stop: Arc<AtomicBool>) -> Arc<AtomicU64> {
    let peak = Arc::new(AtomicU64::new(0));
    let out = peak.clone();
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            if let Some(kib) = vm_hwm(pid) {
                out.fetch_max(kib, Ordering::Relaxed);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    peak
}

fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// What one surface showed.
struct Shown {
    outcome: Option<Value>,
    secs: f64,
    rss_kib: u64,
    /// Why no outcome (kata crashed, hung, answered garbage).
    trouble: Option<String>,
}

fn run_cli(scene: &Scene, case: &Case, bin: &Path) -> Shown {
    let timeout = case.timeout.to_string();
    let mut child = scene
        .kata(
            bin,
            &[
                "check",
                case.kata,
                "--format",
                "json",
                "--timeout",
                &timeout,
                "--no-measure",
            ],
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let peak = sample_rss(child.id(), stop.clone());
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > RUN_DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        // Sample just before the process can exit.
        if let Some(kib) = vm_hwm(child.id()) {
            peak.fetch_max(kib, Ordering::Relaxed);
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let secs = started.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    let stdout = out.join().unwrap();
    let stderr = err.join().unwrap();
    let rss_kib = peak.load(Ordering::Relaxed);
    let tail = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes);
        let lines: Vec<&str> = text.lines().rev().take(3).collect();
        lines.into_iter().rev().collect::<Vec<_>>().join(" / ")
    };
    let Some(status) = status else {
        return Shown {
            outcome: None,
            secs,
            rss_kib,
            trouble: Some(format!("kata check still running after {RUN_DEADLINE:?}")),
        };
    };
    match serde_json::from_slice::<Value>(&stdout) {
        Ok(json) if json["katas"][0].is_object() => Shown {
            outcome: Some(json["katas"][0].clone()),
            secs,
            rss_kib,
            trouble: None,
        },
        _ => Shown {
            outcome: None,
            secs,
            rss_kib,
            trouble: Some(format!("kata check {status}: {}", tail(&stderr))),
        },
    }
}

/// A minimal client of `kata lsp` over stdio.
struct Lsp {
    child: Child,
    stdin: ChildStdin,
    rx: Receiver<Value>,
    next_id: i64,
}

impl Lsp {
    fn spawn(scene: &Scene, bin: &Path) -> Lsp {
        let mut command = scene.kata(bin, &["lsp"]);
        command.stderr(Stdio::null());
        let (child, stdin, rx) = stdio_client::spawn_command(command);
        Lsp {
            child,
            stdin,
            rx,
            next_id: 1,
        }
    }

    fn send(&mut self, msg: &Value) -> Result<(), String> {
        let body = msg.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len())
            .and_then(|_| self.stdin.flush())
            .map_err(|e| format!("writing to kata lsp: {e}"))
    }

    fn notify(&mut self, method: &str, params: Value) -> Result<(), String> {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
    }

    /// A request's result; server requests are answered with null,
    /// notifications skipped.
    fn request(&mut self, method: &str, params: Value) -> Result<Value, String> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))?;
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let msg = match self.rx.recv_timeout(left) {
                Ok(msg) => msg,
                Err(RecvTimeoutError::Timeout) => {
                    return Err(format!("no answer to {method} within 30 s"))
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(format!("kata lsp ended ({:?})", self.child.try_wait()))
                }
            };
            if msg.get("method").is_some() {
                if let Some(req) = msg.get("id") {
                    let req = req.clone();
                    self.send(&json!({"jsonrpc": "2.0", "id": req, "result": null}))?;
                }
                continue;
            }
            if msg["id"] == id {
                if let Some(error) = msg.get("error") {
                    return Err(format!("{method}: {error}"));
                }
                return Ok(msg["result"].clone());
            }
        }
    }

    /// `shutdown` and `exit`; killed if it does not end within 10 s.
    fn finish(mut self) -> Option<String> {
        let _ = self.request("shutdown", Value::Null);
        let _ = self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) if status.success() => return None,
                Ok(Some(status)) => return Some(format!("kata lsp exited with {status}")),
                _ if Instant::now() > deadline => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return Some("kata lsp did not exit after `exit`".into());
                }
                _ => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }
}

fn run_lsp(scene: &Scene, case: &Case, bin: &Path) -> Shown {
    let mut lsp = Lsp::spawn(scene, bin);
    let pid = lsp.child.id();
    let mut secs = 0.0;
    let result = (|| -> Result<Value, String> {
        let ws = scene.ws();
        let lib = ws.join(case.kata).join("src/lib.rs");
        let uri = format!("file://{}", lib.display());
        lsp.request(
            "initialize",
            json!({
                "processId": std::process::id(),
                "rootUri": format!("file://{}", ws.display()),
                "capabilities": {},
                "initializationOptions": {"measureGrowth": false, "timeoutSecs": case.timeout},
            }),
        )?;
        lsp.notify("initialized", json!({}))?;
        let status = lsp.request("kata/status", json!({"uri": uri}))?;
        let runs = status["tests"]["runs"].as_u64().unwrap_or(0);
        let text = String::from_utf8_lossy(&std::fs::read(&lib).unwrap()).into_owned();
        lsp.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "rust", "version": 1, "text": text}}),
        )?;
        lsp.notify(
            "textDocument/didSave",
            json!({"textDocument": {"uri": uri}}),
        )?;
        let started = Instant::now();
        loop {
            std::thread::sleep(Duration::from_millis(100));
            let status = lsp.request("kata/status", json!({"uri": uri}))?;
            let tests = &status["tests"];
            if tests["running"] == false && tests["runs"].as_u64().unwrap_or(0) > runs {
                secs = started.elapsed().as_secs_f64();
                return if status["outcome"].is_object() {
                    Ok(status["outcome"].clone())
                } else {
                    Err(format!("no outcome after the run: {status}"))
                };
            }
            if started.elapsed() > RUN_DEADLINE {
                secs = started.elapsed().as_secs_f64();
                return Err(format!("no finished run after {RUN_DEADLINE:?}"));
            }
        }
    })();
    let rss_kib = vm_hwm(pid).unwrap_or(0);
    let ended = lsp.finish();
    match result {
        Ok(outcome) => Shown {
            outcome: Some(outcome),
            secs,
            rss_kib,
            trouble: ended,
        },
        Err(trouble) => Shown {
            outcome: None,
            secs,
            rss_kib,
            trouble: Some(match ended {
                Some(e) => format!("{trouble}; {e}"),
                None => trouble,
            }),
        },
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let head: String = text.chars().take(max - 1).collect();
        format!("{head}…")
    }
}

/// The headline, then the first failing test's message or the problem.
fn message(outcome: &Value) -> String {
    let headline = outcome["headline"].as_str().unwrap_or("(no headline)");
    let failed = outcome["testResults"].as_array().and_then(|tests| {
        tests
            .iter()
            .find(|t| t["outcome"] != "passed" && t["outcome"] != "ignored")
    });
    let detail = if let Some(test) = failed {
        let name = test["name"].as_str().unwrap_or("?");
        let text = test["message"]
            .as_str()
            .unwrap_or(test["outcome"].as_str().unwrap_or(""));
        // The name comes first already; so does "assertion failed".
        let text = text
            .strip_prefix(&format!("test `{name}` failed: "))
            .unwrap_or(text);
        let text = text
            .strip_prefix("assertion `left == right` failed")
            .or_else(|| text.strip_prefix(&format!("{name} ")))
            .unwrap_or(text);
        format!("{name}: {}", text.trim_start())
    } else if let Some(problem) = outcome["problem"].as_str() {
        problem.to_string()
    } else if let Some(error) = outcome["compileErrors"].as_array().and_then(|e| e.first()) {
        error["message"].as_str().unwrap_or("").to_string()
    } else {
        String::new()
    };
    if detail.is_empty() || headline.contains(detail.trim()) {
        one_line(headline)
    } else {
        one_line(&format!("{headline} · {detail}"))
    }
}

fn run_case(case: &Case, surface: &'static str, bin: &Path, root_user: bool) -> Row {
    let scene = Scene::new(case, surface, bin);
    let shown = match surface {
        "cli" => run_cli(&scene, case, bin),
        _ => run_lsp(&scene, case, bin),
    };
    let left = scene.survivors();
    let outside = scene.outside_writes();
    let hostile = case.expect == Expect::NotSolved;
    let intact = scene.intact(case.kata, hostile);
    let (status, full_message, failing_tests) = match &shown.outcome {
        Some(outcome) => (
            outcome["status"].as_str().unwrap_or("?").to_string(),
            message(outcome),
            outcome["testResults"]
                .as_array()
                .map(|tests| {
                    tests
                        .iter()
                        .filter(|t| t["outcome"] != "passed" && t["outcome"] != "ignored")
                        .map(|t| t["name"].as_str().unwrap_or("?").to_string())
                        .collect()
                })
                .unwrap_or_default(),
        ),
        None => (
            "none".to_string(),
            shown.trouble.clone().unwrap_or_default(),
            Vec::new(),
        ),
    };
    let mut row = Row {
        case: case.name,
        surface,
        status,
        secs: shown.secs,
        left,
        outside,
        intact,
        message: cut(&full_message, 80),
        full_message,
        failing_tests,
        rss_kib: shown.rss_kib,
        failures: Vec::new(),
        known: None,
    };
    judge(&mut row, case, &shown, root_user);
    // Keep the directory of a failing row for a look.
    if !row.failures.is_empty() && std::env::var_os("FAULT_KEEP").is_some() {
        let kept = scene.dir.keep();
        eprintln!("kept {}", kept.display());
    }
    row
}

fn judge(row: &mut Row, case: &Case, shown: &Shown, root_user: bool) {
    let f = &mut row.failures;
    if !row.left.is_empty() {
        f.push(format!("{} processes left: {:?}", row.left.len(), row.left));
    }
    if !row.outside.is_empty() {
        f.push(format!("writes outside the workspace: {:?}", row.outside));
    }
    if let Err(e) = &row.intact {
        f.push(format!(".kata not intact: {e}"));
    }
    if let Some(trouble) = &shown.trouble {
        f.push(trouble.clone());
    }
    if shown.outcome.is_some() {
        match case.expect {
            Expect::NotSolved if row.status == "solved" => {
                f.push("a hostile solution is solved".into())
            }
            Expect::Solved if row.status != "solved" => {
                // Known: the kernel exempts real root from RLIMIT_NPROC, so
                // the prisoner's process budget test fails as root.
                let budget = ["cannot_start_more_processes_than_the_budget".to_string()];
                if case.prisoner && root_user && row.failing_tests == budget {
                    row.known = Some(
                        "process budget: kata runs as root, which RLIMIT_NPROC exempts".into(),
                    );
                } else {
                    f.push(format!("expected solved, got {}", row.status));
                }
            }
            _ => {}
        }
        if let Some(text) = case.must_show {
            if !row.full_message.contains(text) {
                f.push(format!("the message does not show {text:?}"));
            }
        }
    }
    if case.bound_rss && row.rss_kib > RSS_BOUND_KIB {
        f.push(format!(
            "kata's peak RSS {} MiB over {} MiB",
            row.rss_kib >> 10,
            RSS_BOUND_KIB >> 10
        ));
    }
}

fn print_table(rows: &[Row]) {
    let header = [
        "case", "surface", "status", "secs", "procs", "outside", "intact", "rss", "result",
        "message",
    ];
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.case.to_string(),
                r.surface.to_string(),
                r.status.clone(),
                format!("{:.1}", r.secs),
                r.left.len().to_string(),
                if r.outside.is_empty() {
                    "none".into()
                } else {
                    r.outside.len().to_string()
                },
                if r.intact.is_ok() { "yes" } else { "NO" }.into(),
                format!("{}M", r.rss_kib >> 10),
                if !r.failures.is_empty() {
                    "FAIL"
                } else if r.known.is_some() {
                    "known"
                } else {
                    "ok"
                }
                .into(),
                r.message.clone(),
            ]
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut out = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            if i + 1 == cells.len() {
                out.push_str(c);
            } else {
                out.push_str(&format!("{c:<w$}  "));
            }
        }
        println!("{}", out.trim_end());
    };
    line(&header.map(String::from));
    for row in &cells {
        line(row);
    }
}

fn main() {
    let mut only: Option<Vec<String>> = None;
    let mut verbose = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--only" => {
                let names = args.next().expect("--only NAME[,NAME]");
                only = Some(names.split(',').map(String::from).collect());
            }
            "--verbose" => verbose = true,
            "--uncontained" => UNCONTAINED.store(true, Ordering::Relaxed),
            "--list" => {
                for case in cases() {
                    println!("{:<14} {:<9} {}", case.name, case.kata, case.what);
                }
                return;
            }
            other => {
                eprintln!("usage: fault_suite [--only NAME[,NAME]] [--verbose] [--list] [--uncontained] (not {other:?})");
                std::process::exit(2);
            }
        }
    }
    let bin = kata_bin();
    // SAFETY: geteuid cannot fail.
    let root_user = unsafe { libc::geteuid() } == 0;
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|c| only.as_ref().is_none_or(|o| o.iter().any(|n| n == c.name)))
        .collect();
    if cases.is_empty() {
        eprintln!("no case matches {only:?} (see --list)");
        std::process::exit(2);
    }
    let started = Instant::now();
    let mut rows = Vec::new();
    for case in &cases {
        for surface in ["cli", "lsp"] {
            eprintln!("fault_suite: {} ({}) via {surface}", case.name, case.what);
            rows.push(run_case(case, surface, &bin, root_user));
        }
    }
    println!(
        "fault suite: {} cases x 2 surfaces in {:.0} s ({})",
        cases.len(),
        started.elapsed().as_secs_f64(),
        bin.display()
    );
    print_table(&rows);
    if verbose {
        for row in &rows {
            println!("{} via {}: {}", row.case, row.surface, row.full_message);
        }
    }
    let known: Vec<&Row> = rows.iter().filter(|r| r.known.is_some()).collect();
    for row in &known {
        println!(
            "known: {} via {}: {}",
            row.case,
            row.surface,
            row.known.as_deref().unwrap_or("")
        );
    }
    let failed: Vec<&Row> = rows.iter().filter(|r| !r.failures.is_empty()).collect();
    if failed.is_empty() {
        println!("fault suite: every row holds");
        return;
    }
    for row in &failed {
        for failure in &row.failures {
            println!("FAIL {} via {}: {failure}", row.case, row.surface);
        }
    }
    std::process::exit(1);
}
