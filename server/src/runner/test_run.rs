//! Running one test binary with libtest JSON output, under limits and a
//! timeout, and naming the test behind a hang or a crash (stack overflow,
//! allocation failure, abort) by re-running what did not finish.

use super::libtest::{parse_line, parse_test_panic, Event, Panic};
use super::process::{run_in_group, Limits};
use super::{RunEvent, RunOptions, TestBinary};
use std::collections::BTreeSet;
use std::path::Path;
use tokio::process::Command;
use tokio_util::sync::CancellationToken;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed,
    Ignored,
    TimedOut,
    StackOverflow,
    OutOfMemory,
    /// Killed by a signal or aborted; the text says how.
    Crashed(String),
}

impl Outcome {
    pub fn is_failure(&self) -> bool {
        !matches!(self, Outcome::Passed | Outcome::Ignored)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    /// `lib` or the integration test target's name.
    pub target: String,
    pub name: String,
    pub outcome: Outcome,
    /// For failures: the panic location and message, or what happened.
    pub panic: Option<Panic>,
}

impl TestResult {
    /// One line saying what went wrong, naming the test.
    pub fn summary(&self, timeout_secs: u64) -> String {
        match &self.outcome {
            Outcome::Passed => format!("{} passed", self.name),
            Outcome::Ignored => format!("{} ignored", self.name),
            Outcome::Failed => {
                let msg = self
                    .panic
                    .as_ref()
                    .map(|p| p.message.as_str())
                    .unwrap_or("failed");
                format!("{} failed: {}", self.name, msg)
            }
            Outcome::TimedOut => format!(
                "{} timed out after {timeout_secs} s (an infinite loop?)",
                self.name
            ),
            Outcome::StackOverflow => {
                format!("{} overflowed its stack (unbounded recursion?)", self.name)
            }
            Outcome::OutOfMemory => {
                format!(
                    "{} ran out of memory: an allocation failed (unbounded growth?)",
                    self.name
                )
            }
            Outcome::Crashed(how) => format!("{} crashed: {how}", self.name),
        }
    }
}

const MAX_ROUNDS: usize = 4;

/// `None` when cancelled.
pub async fn run_binary(
    binary: &TestBinary,
    cwd: &Path,
    options: &RunOptions,
    cancel: &CancellationToken,
    on_event: &mut impl FnMut(RunEvent),
) -> Option<Vec<TestResult>> {
    let mut results: Vec<TestResult> = Vec::new();
    let mut skip: Vec<String> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let round = run_once(binary, cwd, options, cancel, &skip, None, on_event).await?;
        results.extend(round.finished);
        if round.unfinished.is_empty() {
            break;
        }
        if round.timed_out {
            results.extend(round.unfinished.iter().map(|name| hung(binary, name)));
        } else if round.unfinished.len() == 1 {
            let name = round.unfinished.iter().next().unwrap();
            results.push(crashed(binary, name, &round.stderr, round.signal));
        } else {
            // Several tests were in flight when the binary died: run each
            // alone to tell which one crashed it.
            for name in &round.unfinished {
                let alone =
                    run_once(binary, cwd, options, cancel, &[], Some(name), on_event).await?;
                results.extend(alone.finished);
                if alone.timed_out {
                    results.extend(alone.unfinished.iter().map(|n| hung(binary, n)));
                } else {
                    results.extend(
                        alone
                            .unfinished
                            .iter()
                            .map(|n| crashed(binary, n, &alone.stderr, alone.signal)),
                    );
                }
            }
        }
        skip.extend(round.unfinished);
    }
    Some(results)
}

fn hung(binary: &TestBinary, name: &str) -> TestResult {
    TestResult {
        target: binary.target.clone(),
        name: name.to_string(),
        outcome: Outcome::TimedOut,
        panic: None,
    }
}

fn crashed(binary: &TestBinary, name: &str, stderr: &str, signal: Option<i32>) -> TestResult {
    let overflow = format!("thread '{name}' has overflowed its stack");
    let outcome = if stderr.contains(&overflow) || (stderr.contains("has overflowed its stack")) {
        Outcome::StackOverflow
    } else if stderr.contains("memory allocation of") || stderr.contains("capacity overflow") {
        Outcome::OutOfMemory
    } else {
        let how = match signal {
            Some(libc::SIGKILL) => {
                "killed (SIGKILL): it exceeded the CPU-time limit or was killed".to_string()
            }
            Some(libc::SIGXCPU) => "exceeded the CPU-time limit".to_string(),
            Some(libc::SIGXFSZ) => "wrote a file larger than the limit".to_string(),
            Some(libc::SIGSEGV) => "segmentation fault".to_string(),
            Some(libc::SIGABRT) => "aborted".to_string(),
            Some(sig) => format!("killed by signal {sig}"),
            None => "the test process exited before the test finished".to_string(),
        };
        Outcome::Crashed(how)
    };
    let tail: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .rev()
        .take(3)
        .collect();
    let message = tail.into_iter().rev().collect::<Vec<_>>().join("\n");
    TestResult {
        target: binary.target.clone(),
        name: name.to_string(),
        outcome,
        panic: Some(Panic {
            message,
            ..Panic::default()
        }),
    }
}

struct Round {
    finished: Vec<TestResult>,
    unfinished: BTreeSet<String>,
    timed_out: bool,
    signal: Option<i32>,
    stderr: String,
}

async fn run_once(
    binary: &TestBinary,
    cwd: &Path,
    options: &RunOptions,
    cancel: &CancellationToken,
    skip: &[String],
    only: Option<&str>,
    on_event: &mut impl FnMut(RunEvent),
) -> Option<Round> {
    let mut command = Command::new(&binary.path);
    command
        .current_dir(cwd)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUST_BACKTRACE", "0")
        .args(["-Z", "unstable-options", "--format", "json"]);
    if only.is_some() || !skip.is_empty() {
        command.arg("--exact");
    }
    if let Some(name) = only {
        command.args([name, "--test-threads", "1"]);
    }
    for name in skip {
        command.args(["--skip", name]);
    }
    let mut started = BTreeSet::new();
    let mut finished = Vec::new();
    let limits = Limits::for_timeout(options.timeout);
    let done = run_in_group(
        command,
        Some(limits),
        Some(options.timeout),
        cancel,
        |line| {
            let Some(event) = parse_line(line) else {
                return;
            };
            let (name, outcome, panic) = match event {
                Event::Started(name) => {
                    started.insert(name);
                    return;
                }
                Event::Passed(name) => (name, Outcome::Passed, None),
                Event::Ignored(name) => (name, Outcome::Ignored, None),
                Event::Failed { name, output } => {
                    let panic = parse_test_panic(&output, Some(&name));
                    (name, Outcome::Failed, Some(panic))
                }
                _ => return,
            };
            on_event(RunEvent::TestFinished {
                name: name.clone(),
                passed: outcome == Outcome::Passed,
            });
            started.remove(&name);
            finished.push(TestResult {
                target: binary.target.clone(),
                name,
                outcome,
                panic,
            });
        },
    )
    .await;
    let done = match done {
        Ok(done) => done,
        Err(e) => {
            // The binary could not even start: report it as one failure.
            return Some(Round {
                finished: vec![TestResult {
                    target: binary.target.clone(),
                    name: binary.target.clone(),
                    outcome: Outcome::Crashed(format!(
                        "could not start {}: {e}",
                        binary.path.display()
                    )),
                    panic: None,
                }],
                unfinished: BTreeSet::new(),
                timed_out: false,
                signal: None,
                stderr: String::new(),
            });
        }
    };
    if done.cancelled {
        return None;
    }
    let signal = done.signal();
    Some(Round {
        finished,
        unfinished: started,
        timed_out: done.timed_out,
        signal,
        stderr: done.stderr,
    })
}
