//! The scaling probe's crate and its build.
//!
//! Layout: `<target>/kata-probe/` is a Cargo workspace of its own
//! (`Cargo.toml` with `members = ["crates/*"]` and the `probe` profile:
//! release + incremental); `crates/<id>/` is one kata's probe, a crate whose
//! `src/main.rs` is the harness (`probe_harness.rs`), `src/probe.rs` the
//! kata's probe, and which depends on the learner's crate by path. It
//! builds into the shared target directory. One workspace lets `kata check
//! --all` build every kata's probe with one cargo invocation
//! ([`build_probes`]), and a single kata's build ([`build_probe`]) selects
//! its member; both produce the same artifacts.
//!
//! A member appears whole (written in `staging/`, then renamed into
//! `crates/`): the glob makes cargo read every directory there, and a
//! half-written one would break the build of another process. A member whose
//! learner's crate is gone (a deleted scratch workspace of `kata verify`) is
//! removed, for the same reason.

use super::cargo::{bin_executable, parse_message};
use super::probe::ProbeError;
use super::process::{run_in_group, Containment, Finished};
use super::{cargo_command, BuildOutput, CrateRef, BUILD_TIMEOUT};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tokio_util::sync::CancellationToken;

const ROOT_MANIFEST: &str = "# Written by kata: the scaling probes, one member per kata.\n\
[workspace]\nmembers = [\"crates/*\"]\nresolver = \"2\"\n\n\
[profile.probe]\ninherits = \"release\"\nincremental = true\ndebug = false\n";

fn probe_root(target_dir: &Path) -> PathBuf {
    target_dir.join("kata-probe")
}

pub fn probe_dir(target_dir: &Path, id: &str) -> PathBuf {
    probe_root(target_dir).join("crates").join(id)
}

fn package_name(id: &str) -> String {
    format!("kata-probe-{id}")
}

fn io_error(path: &Path, e: std::io::Error) -> ProbeError {
    ProbeError::Io(format!("{}: {e}", path.display()))
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), ProbeError> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(()); // keep the mtime: cargo need not rebuild
    }
    // Replaced whole, so that a concurrent cargo never reads half a file.
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, text).map_err(|e| io_error(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| io_error(path, e))
}

/// The files of one kata's probe crate.
fn member_files(krate: &CrateRef, probe_src: &str) -> [(&'static str, String); 3] {
    let crate_dir = krate
        .crate_dir
        .canonicalize()
        .unwrap_or_else(|_| krate.crate_dir.clone());
    let manifest = format!(
        "# Written by kata: the scaling probe of `{id}`.\n\
         [package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [[bin]]\nname = \"{name}\"\npath = \"src/main.rs\"\n\n\
         [dependencies]\n{id:?} = {{ path = {path:?} }}\n",
        id = krate.package,
        name = package_name(&krate.package),
        path = crate_dir.display().to_string(),
    );
    [
        ("Cargo.toml", manifest),
        ("src/main.rs", super::probe::HARNESS.to_string()),
        ("src/probe.rs", probe_src.to_string()),
    ]
}

/// Writes the probe workspace's root and the kata's member.
fn write_member(krate: &CrateRef, target_dir: &Path, probe_src: &str) -> Result<(), ProbeError> {
    let root = probe_root(target_dir);
    let crates = root.join("crates");
    std::fs::create_dir_all(&crates).map_err(|e| io_error(&crates, e))?;
    write_if_changed(&root.join("Cargo.toml"), ROOT_MANIFEST)?;
    remove_stale_members(&crates);
    let files = member_files(krate, probe_src);
    let dir = crates.join(&krate.package);
    if !dir.join("Cargo.toml").exists() {
        let staging = root.join("staging");
        std::fs::create_dir_all(&staging).map_err(|e| io_error(&staging, e))?;
        let fresh = tempfile::Builder::new()
            .prefix(&format!("{}-", krate.package))
            .tempdir_in(&staging)
            .map_err(|e| io_error(&staging, e))?;
        std::fs::create_dir_all(fresh.path().join("src")).map_err(|e| io_error(fresh.path(), e))?;
        for (name, text) in &files {
            let path = fresh.path().join(name);
            std::fs::write(&path, text).map_err(|e| io_error(&path, e))?;
        }
        // Another process may have put it there meanwhile: then it is
        // updated in place below.
        if std::fs::rename(fresh.path(), &dir).is_ok() {
            return Ok(());
        }
    }
    for (name, text) in &files {
        write_if_changed(&dir.join(name), text)?;
    }
    Ok(())
}

/// Removes the members whose learner's crate no longer exists (cargo
/// would refuse the whole workspace for them).
fn remove_stale_members(crates: &Path) {
    let Ok(entries) = std::fs::read_dir(crates) else {
        return;
    };
    for entry in entries.flatten() {
        let dir = entry.path();
        let dependency = std::fs::read_to_string(dir.join("Cargo.toml"))
            .ok()
            .and_then(|text| text.parse::<toml::Table>().ok())
            .and_then(|manifest| {
                let deps = manifest.get("dependencies")?.as_table()?;
                let (_, dep) = deps.iter().next()?;
                Some(PathBuf::from(dep.get("path")?.as_str()?))
            });
        if !dependency.is_some_and(|path| path.join("Cargo.toml").exists()) {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}

fn probe_cargo(target_dir: &Path, workspace: &Path) -> tokio::process::Command {
    let mut command = cargo_command(workspace);
    command.env("CARGO_TARGET_DIR", target_dir);
    command
        .args([
            "build",
            "--profile",
            "probe",
            "--message-format=json",
            "--manifest-path",
        ])
        .arg(probe_root(target_dir).join("Cargo.toml"));
    command
}

/// Writes the kata's probe crate and builds it; returns the executable.
pub async fn build_probe(
    krate: &CrateRef,
    target_dir: &Path,
    probe_src: &str,
    cancel: &CancellationToken,
) -> Result<PathBuf, ProbeError> {
    if let Some(problem) = super::refuse_build_code(&krate.workspace, &krate.crate_dir) {
        return Err(ProbeError::Build(problem));
    }
    write_member(krate, target_dir, probe_src)?;
    let mut command = probe_cargo(target_dir, &krate.workspace);
    command.args(["-p", &package_name(&krate.package)]);
    let mut build = BuildOutput::default();
    let mut exe: Option<PathBuf> = None;
    let finished = run_in_group(
        command,
        Containment::default(),
        Some(BUILD_TIMEOUT),
        cancel,
        |line| {
            let Some(message) = parse_message(line) else {
                return;
            };
            build.record(&message);
            if let Some(path) = bin_executable(&message) {
                exe = Some(path);
            }
        },
    )
    .await
    .map_err(|e| ProbeError::Io(format!("could not run cargo: {e}")))?;
    if finished.cancelled {
        return Err(ProbeError::Cancelled);
    }
    if finished.timed_out {
        return Err(ProbeError::Build("the build timed out".into()));
    }
    match exe {
        Some(exe) if finished.success() => Ok(exe),
        _ => Err(ProbeError::Build(build_failure(&build, &finished))),
    }
}

/// What the probe's build said when it failed: its errors, else the end of
/// cargo's output.
fn build_failure(build: &BuildOutput, finished: &Finished) -> String {
    let errors: Vec<String> = build
        .errors()
        .map(|m| match (&m.file, m.line) {
            (Some(f), Some(l)) => format!("{f}:{l}: {}", m.message),
            _ => m.message.clone(),
        })
        .collect();
    if !errors.is_empty() {
        return errors.join("; ");
    }
    let tail: Vec<&str> = finished.stderr.lines().rev().take(5).collect();
    tail.into_iter().rev().collect::<Vec<_>>().join("\n")
}

/// Writes the probe crates of several katas (`(crate, probe.rs)`) and
/// builds them with one cargo invocation (`--keep-going`: a probe that does
/// not build does not stop the others). Returns the executable of each
/// probe that built, by package (the kata id); the caller builds the others
/// alone ([`build_probe`]), which says why they fail. `jobs` is cargo's
/// `-j`. `Err` only when cancelled.
pub async fn build_probes(
    krates: &[(CrateRef, &str)],
    target_dir: &Path,
    jobs: Option<usize>,
    cancel: &CancellationToken,
) -> Result<HashMap<String, PathBuf>, ProbeError> {
    let mut ids = HashMap::new();
    for (krate, probe_src) in krates {
        if super::refuse_build_code(&krate.workspace, &krate.crate_dir).is_some() {
            continue;
        }
        if write_member(krate, target_dir, probe_src).is_ok() {
            ids.insert(package_name(&krate.package), krate.package.clone());
        }
    }
    let Some((first, _)) = krates.first() else {
        return Ok(HashMap::new());
    };
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut command = probe_cargo(target_dir, &first.workspace);
    command.arg("--keep-going");
    if let Some(jobs) = jobs {
        command.arg(format!("--jobs={jobs}"));
    }
    for package in ids.keys() {
        command.args(["-p", package]);
    }
    let mut exes = HashMap::new();
    let finished = run_in_group(
        command,
        Containment::default(),
        Some(BUILD_TIMEOUT),
        cancel,
        |line| {
            let Some(message) = parse_message(line) else {
                return;
            };
            let cargo_metadata::Message::CompilerArtifact(artifact) = &message else {
                return;
            };
            if let (Some(id), Some(exe)) =
                (ids.get(&artifact.target.name), bin_executable(&message))
            {
                exes.insert(id.clone(), exe);
            }
        },
    )
    .await;
    match finished {
        Ok(f) if f.cancelled => Err(ProbeError::Cancelled),
        Ok(f) if !f.timed_out => Ok(exes),
        _ => Ok(HashMap::new()),
    }
}
