//! One cargo invocation for the tests of many crates of a workspace (`kata
//! check --all`): one lock, one dependency graph, every core busy, instead
//! of one `cargo test --no-run -p ID` per kata. cargo's messages are handed
//! back to each crate by the source path of their target, so a compile
//! error belongs to the kata it is in, and `--keep-going` builds every
//! crate that compiles however many do not.
//!
//! The build runs exactly as a single crate's does (`process::run_in_group`
//! with the default containment: own process group, namespaces, death
//! signal, deadline, cancellation). When cargo fails in a way the batch
//! cannot attribute (no compiler error names a crate: a broken manifest,
//! cargo not found, a timeout), the crates it could not vouch for are left
//! out of [`BatchBuild`], and their caller builds them one by one, which
//! reports what it always did.

use super::cargo::parse_message;
use super::process::{run_in_group, Containment};
use super::{cargo_command, BuildOutput, CrateRef, BUILD_TIMEOUT};
use cargo_metadata::Message;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tokio_util::sync::CancellationToken;

/// The build output of each crate the batch vouches for, by package name.
#[derive(Debug, Default)]
pub struct BatchBuild {
    outputs: HashMap<String, BuildOutput>,
}

impl BatchBuild {
    /// The crate's messages and test binaries, complete; `None` when the
    /// crate must be built on its own.
    pub fn take(&mut self, package: &str) -> Option<BuildOutput> {
        self.outputs.remove(package)
    }
}

/// `cargo build --tests --examples --keep-going -p A -p B …`: the units
/// `cargo test --no-run` builds (the same artifacts, so a later check of one
/// kata finds them fresh), but going on past a crate that does not compile,
/// which `cargo test` cannot. All crates must be members of one workspace
/// and free of build-time code (`super::refuse_build_code`). `jobs` is
/// cargo's `-j`. `None` when cancelled.
pub async fn build_tests(
    workspace: &Path,
    target_dir: &Path,
    krates: &[CrateRef],
    jobs: Option<usize>,
    cancel: &CancellationToken,
) -> Option<BatchBuild> {
    if krates.is_empty() {
        return Some(BatchBuild::default());
    }
    let mut command = cargo_command(workspace);
    command.env("CARGO_TARGET_DIR", target_dir);
    command
        .args([
            "build",
            "--tests",
            "--examples",
            "--keep-going",
            "--message-format=json",
            "--manifest-path",
        ])
        .arg(workspace.join("Cargo.toml"));
    if let Some(jobs) = jobs {
        command.arg(format!("--jobs={jobs}"));
    }
    for krate in krates {
        command.args(["-p", &krate.package]);
    }
    let owners = Owners::new(krates);
    let mut split = Split::default();
    let finished = run_in_group(
        command,
        Containment::default(),
        Some(BUILD_TIMEOUT),
        cancel,
        |line| {
            if let Some(message) = parse_message(line) {
                split.record(&owners, &message);
            }
        },
    )
    .await;
    match finished {
        Ok(f) if f.cancelled => None,
        Ok(f) if !f.timed_out => Some(split.vouch(f.success())),
        // cargo did not run or did not end: every crate builds on its own.
        _ => Some(BatchBuild::default()),
    }
}

/// Which crate a source file belongs to: the crate directory that is the
/// longest prefix of the file's path (cargo may name it as given or
/// resolved, so both are kept).
struct Owners {
    dirs: Vec<(PathBuf, String)>,
}

impl Owners {
    fn new(krates: &[CrateRef]) -> Owners {
        let mut dirs = Vec::new();
        for krate in krates {
            dirs.push((krate.crate_dir.clone(), krate.package.clone()));
            if let Ok(real) = krate.crate_dir.canonicalize() {
                dirs.push((real, krate.package.clone()));
            }
        }
        // Longest first: `a-b/` must win over `a/` for `a-b/src/lib.rs`
        // (a path prefix is a whole component, so only nesting matters).
        dirs.sort_by_key(|(dir, _)| std::cmp::Reverse(dir.components().count()));
        Owners { dirs }
    }

    fn of(&self, src_path: &Path) -> Option<&str> {
        self.dirs
            .iter()
            .find(|(dir, _)| src_path.starts_with(dir))
            .map(|(_, package)| package.as_str())
    }
}

/// cargo's messages, dealt to their crates.
#[derive(Default)]
struct Split {
    outputs: HashMap<String, BuildOutput>,
    /// An error cargo reported that no crate of the batch owns.
    stray_error: bool,
}

impl Split {
    fn record(&mut self, owners: &Owners, message: &Message) {
        let src_path = match message {
            Message::CompilerMessage(m) => &m.target.src_path,
            Message::CompilerArtifact(a) => &a.target.src_path,
            _ => return,
        };
        match owners.of(src_path.as_std_path()) {
            Some(package) => self
                .outputs
                .entry(package.to_string())
                .or_default()
                .record(message),
            None => {
                if let Message::CompilerMessage(m) = message {
                    self.stray_error |=
                        m.message.level == cargo_metadata::diagnostic::DiagnosticLevel::Error;
                }
            }
        }
    }

    /// The crates whose output is complete. When the build succeeded, all
    /// of them. When it failed: a crate with a compile error failed (as a
    /// build of it alone would); a crate without one was built whole,
    /// since practice crates do not depend on each other and
    /// `--keep-going` builds everything that does not depend on a failure
    /// — unless the failure has a cause no crate owns, in which case only
    /// the crates with errors are known.
    fn vouch(self, success: bool) -> BatchBuild {
        let Split {
            outputs,
            stray_error,
        } = self;
        let any_error = outputs.values().any(|b| b.errors().next().is_some());
        let explained = success || (any_error && !stray_error);
        let outputs = outputs
            .into_iter()
            .filter_map(|(package, mut build)| {
                let failed = build.errors().next().is_some();
                if !failed && !explained {
                    return None;
                }
                build.finished_ok = Some(!failed);
                Some((package, build))
            })
            .collect();
        BatchBuild { outputs }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn krate(dir: &str) -> CrateRef {
        CrateRef {
            workspace: PathBuf::from("/w"),
            package: dir.rsplit('/').next().unwrap().to_string(),
            crate_dir: PathBuf::from(dir),
        }
    }

    /// Deals cargo's output lines (`{src}` stands for a source path) to the
    /// crates and shows what the batch vouches for.
    fn check(lines: &[(&str, &str)], success: bool, expect: Expect) {
        let krates = [krate("/w/a"), krate("/w/a-b"), krate("/w/c")];
        let owners = Owners::new(&krates);
        let mut split = Split::default();
        for (kind, src) in lines {
            let line = match *kind {
                "error" | "warning" => format!(
                    r#"{{"reason":"compiler-message","package_id":"p","target":{{"name":"t","kind":["lib"],"src_path":"{src}"}},"message":{{"level":"{kind}","message":"{kind} in {src}","rendered":"","spans":[{{"file_name":"{src}","byte_start":0,"byte_end":1,"line_start":1,"column_start":1,"is_primary":true}}]}}}}"#
                ),
                _ => format!(
                    r#"{{"reason":"compiler-artifact","package_id":"p","manifest_path":"/m","target":{{"name":"{kind}","kind":["lib"],"crate_types":["lib"],"required-features":[],"src_path":"{src}","edition":"2021","doctest":true,"test":true,"doc":true}},"profile":{{"opt_level":"0","debuginfo":2,"debug_assertions":true,"overflow_checks":true,"test":true}},"features":[],"filenames":["/t/{kind}"],"executable":"/t/{kind}","fresh":false}}"#
                ),
            };
            split.record(&owners, &parse_message(&line).expect("a cargo message"));
        }
        let mut batch = split.vouch(success);
        let shown: Vec<String> = ["a", "a-b", "c"]
            .iter()
            .map(|package| match batch.take(package) {
                None => format!("{package}: build alone"),
                Some(b) => format!(
                    "{package}: ok {:?}, errors {:?}, binaries {:?}",
                    b.finished_ok,
                    b.errors().map(|m| m.message.as_str()).collect::<Vec<_>>(),
                    b.binaries
                        .iter()
                        .map(|b| b.path.display().to_string())
                        .collect::<Vec<_>>()
                ),
            })
            .collect();
        expect.assert_eq(&shown.join("\n"));
    }

    #[test]
    fn messages_and_binaries_go_to_the_crate_they_come_from() {
        check(
            &[
                ("a1", "/w/a/src/lib.rs"),
                ("ab1", "/w/a-b/src/lib.rs"),
                ("ab2", "/w/a-b/tests/more.rs"),
                ("warning", "/w/c/src/lib.rs"),
                ("c1", "/w/c/src/lib.rs"),
            ],
            true,
            expect![[r#"
                a: ok Some(true), errors [], binaries ["/t/a1"]
                a-b: ok Some(true), errors [], binaries ["/t/ab1", "/t/ab2"]
                c: ok Some(true), errors [], binaries ["/t/c1"]"#]],
        );
    }

    #[test]
    fn a_crate_that_does_not_compile_keeps_its_errors_and_the_others_their_binaries() {
        check(
            &[
                ("a1", "/w/a/src/lib.rs"),
                ("error", "/w/a-b/tests/more.rs"),
                ("c1", "/w/c/src/lib.rs"),
            ],
            false,
            expect![[r#"
                a: ok Some(true), errors [], binaries ["/t/a1"]
                a-b: ok Some(false), errors ["error in /w/a-b/tests/more.rs"], binaries []
                c: ok Some(true), errors [], binaries ["/t/c1"]"#]],
        );
    }

    /// A failure no crate's error explains (a broken manifest, a linker
    /// that died): only the crates with errors are known; the rest are
    /// built alone, which says what went wrong for each.
    #[test]
    fn an_unexplained_failure_leaves_the_crates_without_errors_to_build_alone() {
        check(
            &[("a1", "/w/a/src/lib.rs"), ("c1", "/w/c/src/lib.rs")],
            false,
            expect![[r#"
                a: build alone
                a-b: build alone
                c: build alone"#]],
        );
        check(
            &[
                ("a1", "/w/a/src/lib.rs"),
                ("error", "/w/a-b/src/lib.rs"),
                ("error", "/elsewhere/src/lib.rs"),
            ],
            false,
            expect![[r#"
                a: build alone
                a-b: ok Some(false), errors ["error in /w/a-b/src/lib.rs"], binaries []
                c: build alone"#]],
        );
    }
}
