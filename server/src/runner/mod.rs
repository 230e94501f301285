//! Building and running a practice crate's tests. This module owns every
//! process: cargo, test binaries and the scaling probe. Each run is
//! cancellable, bounded in time, and leaves no process behind.

pub mod batch;
mod cargo;
pub mod contain;
pub mod libtest;
pub mod probe;
mod probe_build;
pub mod process;
mod test_run;

pub use cargo::{BuildOutput, CompilerMessage, TestBinary};
pub use libtest::{parse_panic, parse_test_panic, Panic};
pub use test_run::{Outcome, TestResult};

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::process::Command;
use tokio_util::sync::CancellationToken;

pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// Compilation is not learner-controlled (no build scripts, no proc
/// macros), but a cold build of a crate can take a while.
pub const BUILD_TIMEOUT: Duration = Duration::from_secs(600);

#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Per test binary round: a test still running after this is killed.
    pub timeout: Duration,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            timeout: DEFAULT_TIMEOUT,
        }
    }
}

/// What the runner reports while it works (for `$/progress`).
#[derive(Debug, Clone)]
pub enum RunEvent {
    Building,
    Testing { binaries: usize },
    TestFinished { name: String, passed: bool },
}

#[derive(Debug, Default)]
pub struct RunReport {
    pub build: BuildOutput,
    /// cargo could not be run, or the build failed without messages.
    pub problem: Option<String>,
    pub tests: Vec<TestResult>,
    pub cancelled: bool,
    pub timeout: Duration,
}

impl RunReport {
    pub fn build_failed(&self) -> bool {
        self.problem.is_some()
            || self.build.errors().next().is_some()
            || self.build.finished_ok == Some(false)
    }
    pub fn passed(&self) -> usize {
        self.tests
            .iter()
            .filter(|t| t.outcome == Outcome::Passed)
            .count()
    }
    pub fn failed(&self) -> usize {
        self.tests.iter().filter(|t| t.outcome.is_failure()).count()
    }
    /// Everything built, at least one test ran, and none failed.
    pub fn all_passed(&self) -> bool {
        !self.cancelled && !self.build_failed() && self.passed() > 0 && self.failed() == 0
    }
}

/// Where a practice crate lives and how to build it.
#[derive(Debug, Clone)]
pub struct CrateRef {
    /// The Cargo workspace root (holds `Cargo.toml` and `target/`).
    pub workspace: PathBuf,
    /// The package name (the kata id).
    pub package: String,
    pub crate_dir: PathBuf,
}

/// Builds the crate's tests, then runs every test binary.
pub async fn run_tests(
    krate: &CrateRef,
    options: &RunOptions,
    cancel: &CancellationToken,
    on_event: impl FnMut(RunEvent),
) -> RunReport {
    run_tests_in(
        krate,
        &krate.workspace.join("target"),
        options,
        cancel,
        on_event,
    )
    .await
}

/// As [`run_tests`], with an explicit target directory (shared by `kata
/// verify` across its scratch workspaces).
pub async fn run_tests_in(
    krate: &CrateRef,
    target_dir: &Path,
    options: &RunOptions,
    cancel: &CancellationToken,
    mut on_event: impl FnMut(RunEvent),
) -> RunReport {
    let mut report = RunReport {
        timeout: options.timeout,
        ..RunReport::default()
    };
    if let Some(problem) = refuse_build_code(&krate.workspace, &krate.crate_dir) {
        report.problem = Some(problem);
        return report;
    }
    on_event(RunEvent::Building);
    match build_tests(krate, target_dir, cancel).await {
        Built::Output(build) => {
            run_built(krate, target_dir, build, options, cancel, on_event).await
        }
        Built::Problem(build, problem) => RunReport {
            build,
            problem: Some(problem),
            ..report
        },
        Built::Cancelled(build) => RunReport {
            build,
            cancelled: true,
            ..report
        },
    }
}

/// What building one crate's tests gave.
enum Built {
    /// cargo ran to its end: the messages and binaries (a failed build has
    /// its errors, or `finished_ok` false).
    Output(BuildOutput),
    /// cargo could not run, timed out, or failed without an error message.
    Problem(BuildOutput, String),
    Cancelled(BuildOutput),
}

/// `cargo test --no-run` for one crate.
async fn build_tests(krate: &CrateRef, target_dir: &Path, cancel: &CancellationToken) -> Built {
    let mut command = cargo_command(&krate.workspace);
    command.env("CARGO_TARGET_DIR", target_dir);
    command
        .args([
            "test",
            "--no-run",
            "--message-format=json",
            "--manifest-path",
        ])
        .arg(krate.workspace.join("Cargo.toml"))
        .args(["-p", &krate.package]);
    let mut build = BuildOutput::default();
    let finished = process::run_in_group(
        command,
        process::Containment::default(),
        Some(BUILD_TIMEOUT),
        cancel,
        |line| build.parse_line(line),
    )
    .await;
    match cargo_problem(&finished, &build) {
        Some(CargoEnd::Cancelled) => Built::Cancelled(build),
        Some(CargoEnd::Problem(problem)) => Built::Problem(build, problem),
        None => Built::Output(build),
    }
}

enum CargoEnd {
    Cancelled,
    Problem(String),
}

/// How a cargo build ended, when it did not end with its own messages: not
/// started, cancelled, timed out, or failed without a compiler error.
fn cargo_problem(
    finished: &std::io::Result<process::Finished>,
    build: &BuildOutput,
) -> Option<CargoEnd> {
    match finished {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(CargoEnd::Problem(
            "cargo was not found on PATH; install Rust with rustup (https://rustup.rs)".into(),
        )),
        Err(e) => Some(CargoEnd::Problem(format!("could not run cargo: {e}"))),
        Ok(f) if f.cancelled => Some(CargoEnd::Cancelled),
        Ok(f) if f.timed_out => Some(CargoEnd::Problem(format!(
            "the build timed out after {} s",
            BUILD_TIMEOUT.as_secs()
        ))),
        Ok(f) if !f.success() && build.errors().next().is_none() => {
            let tail: Vec<&str> = f.stderr.lines().rev().take(5).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            Some(CargoEnd::Problem(format!(
                "cargo failed: {}",
                tail.join("\n")
            )))
        }
        Ok(_) => None,
    }
}

/// Runs the test binaries of a crate whose build is done (by
/// [`run_tests_in`] or by one build of many crates, [`batch`]); a build
/// that failed is reported as it is.
pub async fn run_built(
    krate: &CrateRef,
    target_dir: &Path,
    build: BuildOutput,
    options: &RunOptions,
    cancel: &CancellationToken,
    mut on_event: impl FnMut(RunEvent),
) -> RunReport {
    let mut report = RunReport {
        timeout: options.timeout,
        build,
        ..RunReport::default()
    };
    if report.build_failed() {
        return report;
    }
    on_event(RunEvent::Testing {
        binaries: report.build.binaries.len(),
    });
    let sandbox = match contain::Sandbox::new(&target_dir.join("tmp")) {
        Ok(sandbox) => Arc::new(sandbox),
        Err(e) => {
            report.problem = Some(format!("could not set up the test sandbox: {e}"));
            return report;
        }
    };
    for binary in report.build.binaries.clone() {
        let results = test_run::run_binary(
            &binary,
            &krate.crate_dir,
            options,
            Some(&sandbox),
            cancel,
            &mut on_event,
        )
        .await;
        match results {
            Some(results) => report.tests.extend(results),
            None => {
                report.cancelled = true;
                break;
            }
        }
    }
    report
}

/// Why cargo must not build this crate, when it has code that would run
/// at build time, outside the sandbox of tests: a build script, a
/// procedural macro, build dependencies, a dependency outside the registry
/// (which may have any of these), or a cargo configuration that can name
/// programs to run (`rustc-wrapper`, `linker`, `runner`). A practice crate
/// needs none of them.
pub fn refuse_build_code(workspace: &Path, crate_dir: &Path) -> Option<String> {
    for dir in [workspace, crate_dir] {
        for name in [".cargo/config.toml", ".cargo/config"] {
            if dir.join(name).exists() {
                return Some(format!(
                    "{} has a cargo configuration ({name}); practice crates must not — remove it",
                    if dir == workspace {
                        "the workspace"
                    } else {
                        "this crate"
                    }
                ));
            }
        }
    }
    let manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml")).ok()?;
    let Ok(manifest) = manifest.parse::<toml::Table>() else {
        return None; // cargo reports a malformed manifest itself
    };
    let refuse = |what: &str| {
        Some(format!(
            "this crate has {what}; practice crates must not — remove it"
        ))
    };
    let package = manifest.get("package").and_then(|p| p.as_table());
    match package.and_then(|p| p.get("build")) {
        Some(toml::Value::Boolean(false)) => {}
        Some(toml::Value::String(path)) => return refuse(&format!("a build script ({path})")),
        Some(_) => return refuse("a build script (`package.build`)"),
        None if crate_dir.join("build.rs").exists() => return refuse("a build script (build.rs)"),
        None => {}
    }
    let lib = manifest.get("lib").and_then(|l| l.as_table());
    for key in ["proc-macro", "proc_macro"] {
        if lib.and_then(|l| l.get(key)).and_then(|v| v.as_bool()) == Some(true) {
            return refuse("a procedural macro library (`[lib] proc-macro = true`)");
        }
    }
    // The dependency tables, top-level and per target.
    let mut tables: Vec<&toml::Table> = vec![&manifest];
    if let Some(targets) = manifest.get("target").and_then(|t| t.as_table()) {
        tables.extend(targets.values().filter_map(|t| t.as_table()));
    }
    for table in &tables {
        for key in ["build-dependencies", "build_dependencies"] {
            if table
                .get(key)
                .and_then(|d| d.as_table())
                .is_some_and(|d| !d.is_empty())
            {
                return refuse("build dependencies (`[build-dependencies]`)");
            }
        }
        for key in ["dependencies", "dev-dependencies", "dev_dependencies"] {
            let Some(deps) = table.get(key).and_then(|d| d.as_table()) else {
                continue;
            };
            for (name, dep) in deps {
                let dep = dep.as_table();
                if let Some(source) = ["path", "git"]
                    .into_iter()
                    .find(|s| dep.is_some_and(|d| d.contains_key(*s)))
                {
                    return refuse(&format!(
                        "a dependency from outside the registry (`{name}`, by {source})"
                    ));
                }
            }
        }
    }
    None
}

pub fn cargo_command(workspace: &Path) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(workspace)
        .env("CARGO_TARGET_DIR", workspace.join("target"))
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("RUSTC_WRAPPER");
    command
}

#[cfg(test)]
mod e2e_tests;

#[cfg(test)]
mod refuse_tests {
    use super::refuse_build_code;

    fn refused(manifest_tail: &str, files: &[&str]) -> Option<String> {
        let ws = tempfile::tempdir().unwrap();
        let krate = ws.path().join("k");
        std::fs::create_dir_all(krate.join("src")).unwrap();
        std::fs::write(
            krate.join("Cargo.toml"),
            format!("[package]\nname = \"k\"\nversion = \"0.1.0\"\n{manifest_tail}"),
        )
        .unwrap();
        for file in files {
            let path = ws.path().join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "").unwrap();
        }
        refuse_build_code(ws.path(), &krate)
    }

    #[test]
    fn build_time_code_is_refused_with_one_sentence() {
        let cases = [
            refused("", &[]),
            refused("", &["k/build.rs"]),
            refused("build = false\n", &["k/build.rs"]),
            refused("build = \"gen.rs\"\n", &[]),
            refused("[lib]\nproc-macro = true\n", &[]),
            refused("[build-dependencies]\ncc = \"1\"\n", &[]),
            refused("[target.'cfg(unix)'.build-dependencies]\ncc = \"1\"\n", &[]),
            refused("[dev-dependencies]\nevil = { path = \"../evil\" }\n", &[]),
            refused("[dependencies]\nrand = \"0.8\"\n", &[]),
            refused("", &[".cargo/config.toml"]),
        ];
        let shown: Vec<String> = cases
            .iter()
            .map(|c| c.clone().unwrap_or_else(|| "-".into()))
            .collect();
        expect_test::expect![[r#"
            [
                "-",
                "this crate has a build script (build.rs); practice crates must not — remove it",
                "-",
                "this crate has a build script (gen.rs); practice crates must not — remove it",
                "this crate has a procedural macro library (`[lib] proc-macro = true`); practice crates must not — remove it",
                "this crate has build dependencies (`[build-dependencies]`); practice crates must not — remove it",
                "this crate has build dependencies (`[build-dependencies]`); practice crates must not — remove it",
                "this crate has a dependency from outside the registry (`evil`, by path); practice crates must not — remove it",
                "-",
                "the workspace has a cargo configuration (.cargo/config.toml); practice crates must not — remove it",
            ]
        "#]]
        .assert_debug_eq(&shown);
    }
}
