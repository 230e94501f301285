//! Running one test binary with libtest JSON output, under limits and a
//! time bound, and naming the test behind a hang or a crash (stack
//! overflow, allocation failure, abort) by re-running what did not finish.
//!
//! The binary's own list (`--list`) says which tests exist up front, so
//! every test gets exactly one result: the ones a hang or a crash kept from
//! running are run in a next round while time remains, and reported as not
//! run otherwise. The list also exposes a forged stream (a solution that
//! prints libtest events of its own to look as if it passed).

use super::contain::Sandbox;
use super::libtest::{parse_json_line, parse_test_panic, Event, Panic};
use super::process::{run_in_group, Containment, Limits};
use super::{RunEvent, RunOptions, TestBinary};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
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

/// Time, past the timeout, that a binary's run may take in all: for the
/// tests a hung test kept from running, and for re-running the tests that
/// were in flight when a crash took the binary down.
pub fn grace(timeout: Duration) -> Duration {
    (timeout / 2).clamp(Duration::from_secs(1), Duration::from_secs(5))
}

/// A test in flight when its round was killed counts as hung when it ran
/// this share of the timeout (it started as the round did, give or take
/// the scheduling of its start event).
const HUNG_SHARE: f64 = 0.9;

/// Below this much time left, another round would say nothing.
const MIN_ROUND: Duration = Duration::from_millis(300);

/// `None` when cancelled.
pub async fn run_binary(
    binary: &TestBinary,
    cwd: &Path,
    options: &RunOptions,
    sandbox: Option<&Arc<Sandbox>>,
    cancel: &CancellationToken,
    on_event: &mut impl FnMut(RunEvent),
) -> Option<Vec<TestResult>> {
    let bound = Instant::now() + options.timeout + grace(options.timeout);
    let contain = Containment::learner(Limits::for_timeout(options.timeout), sandbox.cloned());
    let listed = match list_tests(binary, cwd, options, &contain, cancel).await? {
        Ok(listed) => Some(listed),
        Err(problem) if problem.could_not_start => {
            return Some(vec![TestResult {
                target: binary.target.clone(),
                name: binary.target.clone(),
                outcome: Outcome::Crashed(problem.message),
                panic: None,
            }]);
        }
        // A binary that does not list its tests (`harness = false`):
        // run it once and take its events as they come.
        Err(_) => None,
    };
    let mut tally = Tally::new(binary, listed.clone());
    if listed.as_ref().is_some_and(Vec::is_empty) {
        return Some(tally.finish());
    }
    // What to run next: the whole binary first, then the tests a hang or a
    // crash kept from running (together), and each test that was in flight
    // when the binary crashed (alone, to tell which one did it).
    let mut together: Option<Vec<String>> = None;
    let mut alone: VecDeque<String> = VecDeque::new();
    let mut first = true;
    loop {
        let run: Option<Vec<String>> = if first {
            first = false;
            None
        } else if let Some(name) = alone.pop_front() {
            Some(vec![name])
        } else if let Some(names) = together.take() {
            Some(names)
        } else {
            break;
        };
        let left = bound.saturating_duration_since(Instant::now());
        if left < MIN_ROUND {
            break;
        }
        let deadline = left.min(options.timeout);
        let spec = RoundSpec {
            only: run.as_deref(),
            expected: run.as_ref().or(listed.as_ref()).map(|names| names.len()),
        };
        let round = run_once(
            binary, cwd, &contain, deadline, cancel, &spec, &tally, on_event,
        )
        .await?;
        let next = tally.settle(round, options.timeout, run.as_deref());
        alone.extend(next.alone);
        if !next.together.is_empty() {
            let mut names = together.take().unwrap_or_default();
            names.extend(next.together);
            together = Some(names);
        }
    }
    Some(tally.finish())
}

struct ListProblem {
    could_not_start: bool,
    message: String,
}

/// `<bin> --list --format terse`: `name: test` lines. `None` when cancelled.
async fn list_tests(
    binary: &TestBinary,
    cwd: &Path,
    options: &RunOptions,
    contain: &Containment,
    cancel: &CancellationToken,
) -> Option<Result<Vec<String>, ListProblem>> {
    let mut command = Command::new(&binary.path);
    command
        .current_dir(cwd)
        .args(["--list", "--format", "terse"]);
    let mut names = Vec::new();
    let done = run_in_group(
        command,
        contain.clone(),
        Some(options.timeout),
        cancel,
        |line| {
            if let Some(name) = line.strip_suffix(": test") {
                names.push(name.to_string());
            }
        },
    )
    .await;
    let done = match done {
        Ok(done) => done,
        Err(e) => {
            return Some(Err(ListProblem {
                could_not_start: true,
                message: format!("could not start {}: {e}", binary.path.display()),
            }))
        }
    };
    if done.cancelled {
        return None;
    }
    if !done.success() {
        return Some(Err(ListProblem {
            could_not_start: false,
            message: "the test binary did not list its tests".into(),
        }));
    }
    Some(Ok(names))
}

/// Which tests a round runs (`None`: all) and how many the suite should
/// announce (when known).
struct RoundSpec<'a> {
    only: Option<&'a [String]>,
    expected: Option<usize>,
}

/// What one run of the binary said and how it ended.
struct Round {
    /// Results in the order they came, first per test.
    finished: Vec<TestResult>,
    /// Tests started and not finished, with when they started.
    in_flight: HashMap<String, Instant>,
    /// The first sign that the stream was not libtest's own.
    forged: Option<String>,
    killed_at: Option<Instant>,
    signal: Option<i32>,
    stderr: String,
}

/// The one result per test, built up over the rounds.
struct Tally {
    target: String,
    /// The tests in the binary's list order; `None` when it could not say.
    listed: Option<Vec<String>>,
    results: BTreeMap<String, TestResult>,
    /// Tests that ran the whole timeout: the ones that kept others from
    /// running.
    hung: Vec<String>,
    /// Tests stopped with their round before they could run the whole
    /// timeout, and how long they had run.
    cut_short: HashMap<String, Duration>,
}

/// What a settled round leaves to run.
#[derive(Default)]
struct Next {
    together: Vec<String>,
    alone: Vec<String>,
}

impl Tally {
    fn new(binary: &TestBinary, listed: Option<Vec<String>>) -> Tally {
        Tally {
            target: binary.target.clone(),
            listed,
            results: BTreeMap::new(),
            hung: Vec::new(),
            cut_short: HashMap::new(),
        }
    }

    fn exists(&self, name: &str) -> bool {
        self.listed
            .as_ref()
            .is_none_or(|listed| listed.iter().any(|n| n == name))
    }

    fn result(&self, name: &str, outcome: Outcome, panic: Option<Panic>) -> TestResult {
        TestResult {
            target: self.target.clone(),
            name: name.to_string(),
            outcome,
            panic,
        }
    }

    fn record(&mut self, result: TestResult) {
        self.results.entry(result.name.clone()).or_insert(result);
    }

    /// Takes in a round's results and decides what the unfinished tests
    /// become: hung, crashed, or to be run again.
    fn settle(&mut self, round: Round, timeout: Duration, run: Option<&[String]>) -> Next {
        let mut next = Next::default();
        let ran: Vec<String> = match (run, &self.listed) {
            (Some(run), _) => run.to_vec(),
            (None, Some(listed)) => listed.clone(),
            (None, None) => round
                .finished
                .iter()
                .map(|r| r.name.clone())
                .chain(round.in_flight.keys().cloned())
                .collect(),
        };
        if let Some(why) = &round.forged {
            // Nothing this run of the binary said can be trusted: a test it
            // shows failing stays failed, every other one fails as forged.
            let failed: BTreeMap<String, TestResult> = round
                .finished
                .into_iter()
                .filter(|r| r.outcome == Outcome::Failed)
                .map(|r| (r.name.clone(), r))
                .collect();
            for name in &ran {
                let result = failed.get(name).cloned().unwrap_or_else(|| {
                    self.result(
                        name,
                        Outcome::Crashed(format!("the test output was forged or corrupted: {why}")),
                        None,
                    )
                });
                self.record(result);
            }
            return next;
        }
        for result in round.finished {
            self.record(result);
        }
        let mut in_flight: Vec<(String, Instant)> = round.in_flight.into_iter().collect();
        in_flight.sort();
        // A test in flight took the binary down (a crash), or nothing was:
        // the binary ended by itself.
        let crashed_in_flight = !in_flight.is_empty();
        match round.killed_at {
            Some(killed_at) => {
                // We stopped the binary at its deadline: a test in flight
                // since about the round's start hung; one that started late
                // (after others finished) gets another chance.
                for (name, started) in in_flight {
                    let ran_for = killed_at.saturating_duration_since(started);
                    if ran_for.as_secs_f64() >= timeout.as_secs_f64() * HUNG_SHARE {
                        self.record(self.result(&name, Outcome::TimedOut, None));
                        self.hung.push(name);
                    } else {
                        self.cut_short.insert(name.clone(), ran_for);
                        next.together.push(name);
                    }
                }
            }
            None if in_flight.len() == 1 => {
                let (name, _) = &in_flight[0];
                self.record(crashed(&self.target, name, &round.stderr, round.signal));
            }
            None if !in_flight.is_empty() => {
                next.alone = in_flight.into_iter().map(|(name, _)| name).collect();
            }
            None => {}
        }
        // Tests of this run that neither finished nor are in flight never
        // started: the binary died or was stopped first. They run in a
        // next round, unless the binary ended by itself with nothing in
        // flight, where running them again would end the same way. (On a
        // loaded machine libtest may start one test at a time: when that
        // one crashes the binary, the others never began.)
        let stuck = round.killed_at.is_none() && !crashed_in_flight;
        for name in ran {
            if self.results.contains_key(&name)
                || next.alone.contains(&name)
                || next.together.contains(&name)
            {
                continue;
            }
            if stuck {
                let how = "the test binary exited before running it".to_string();
                self.record(self.result(&name, Outcome::Crashed(how), None));
            } else {
                next.together.push(name);
            }
        }
        next
    }

    /// One result per listed test, in list order (results for tests of an
    /// unlisted binary in the order they came).
    fn finish(mut self) -> Vec<TestResult> {
        let order: Vec<String> = match &self.listed {
            Some(listed) => listed.clone(),
            None => self.results.keys().cloned().collect(),
        };
        let after = if self.hung.is_empty() {
            String::new()
        } else {
            let mut hung = self.hung.clone();
            hung.truncate(3);
            format!(" after {} hung", hung.join(", "))
        };
        order
            .into_iter()
            .map(|name| {
                self.results.remove(&name).unwrap_or_else(|| {
                    let how = match self.cut_short.get(&name) {
                        Some(ran) => format!(
                            "did not finish: stopped after {:.1} s, when the time for this test binary ran out{after}",
                            ran.as_secs_f64()
                        ),
                        None if after.is_empty() => {
                            "did not run: the time for this test binary ran out".to_string()
                        }
                        None => format!("did not run: the test binary was stopped{after}"),
                    };
                    TestResult {
                        target: self.target.clone(),
                        name,
                        outcome: Outcome::Crashed(how),
                        panic: None,
                    }
                })
            })
            .collect()
    }
}

#[allow(clippy::too_many_arguments)]
async fn run_once(
    binary: &TestBinary,
    cwd: &Path,
    contain: &Containment,
    deadline: Duration,
    cancel: &CancellationToken,
    spec: &RoundSpec<'_>,
    tally: &Tally,
    on_event: &mut impl FnMut(RunEvent),
) -> Option<Round> {
    let mut command = Command::new(&binary.path);
    command
        .current_dir(cwd)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("RUST_BACKTRACE", "0")
        .args(["-Z", "unstable-options", "--format", "json"]);
    if let Some(only) = spec.only {
        command.arg("--exact").args(only);
        if only.len() == 1 {
            command.args(["--test-threads", "1"]);
        }
    }
    let mut stream = Stream::new(spec, tally);
    let started = Instant::now();
    let done = run_in_group(command, contain.clone(), Some(deadline), cancel, |line| {
        if let Some(event) = parse_json_line(line) {
            if let Some(result) = stream.event(event, Instant::now()) {
                on_event(RunEvent::TestFinished {
                    name: result.name.clone(),
                    passed: result.outcome == Outcome::Passed,
                });
            }
        }
    })
    .await;
    let done = match done {
        Ok(done) => done,
        Err(e) => {
            // It listed its tests a moment ago; report each as not run.
            let how = format!("could not start {}: {e}", binary.path.display());
            return Some(Round {
                finished: Vec::new(),
                in_flight: HashMap::new(),
                forged: None,
                killed_at: None,
                signal: None,
                stderr: how,
            });
        }
    };
    if done.cancelled {
        return None;
    }
    let killed_at = done.timed_out.then(|| started + deadline);
    let code = done.status.and_then(|s| s.code());
    Some(stream.end(killed_at, code, done.signal(), done.stderr))
}

/// Checks a run's events as they come: each test of the run starts once,
/// then finishes once, and the suite's counts agree. libtest's own stream
/// always does; one a solution printed to look as if it passed does not.
struct Stream<'a> {
    tally: &'a Tally,
    only: Option<&'a [String]>,
    expected: Option<usize>,
    finished: Vec<TestResult>,
    in_flight: HashMap<String, Instant>,
    seen: BTreeSet<String>,
    forged: Option<String>,
    suite_started: bool,
    suite_end: bool,
}

impl<'a> Stream<'a> {
    fn new(spec: &RoundSpec<'a>, tally: &'a Tally) -> Stream<'a> {
        Stream {
            tally,
            only: spec.only,
            expected: spec.expected,
            finished: Vec::new(),
            in_flight: HashMap::new(),
            seen: BTreeSet::new(),
            forged: None,
            suite_started: false,
            suite_end: false,
        }
    }

    fn forged(&mut self, why: String) {
        self.forged.get_or_insert(why);
    }

    fn in_run(&self, name: &str) -> bool {
        match self.only {
            Some(only) => only.iter().any(|n| n == name),
            None => self.tally.exists(name),
        }
    }

    /// The result the event gives, if it is a test's first.
    fn event(&mut self, event: Event, now: Instant) -> Option<&TestResult> {
        if self.suite_end {
            self.forged("events after the suite's closing count".into());
            return None;
        }
        let (name, outcome, panic) = match event {
            Event::SuiteStarted { test_count } => {
                if self.suite_started {
                    self.forged("the suite started twice".into());
                } else if self.expected.is_some_and(|n| n != test_count) {
                    let expected = self.expected.unwrap_or_default();
                    self.forged(format!(
                        "the suite announced {test_count} tests, the binary lists {expected}"
                    ));
                }
                self.suite_started = true;
                return None;
            }
            Event::SuiteFinished {
                passed,
                failed,
                ignored,
            } => {
                self.suite_end = true;
                let count = |o: &Outcome| self.finished.iter().filter(|r| &r.outcome == o).count();
                let ours = (
                    count(&Outcome::Passed),
                    count(&Outcome::Failed),
                    count(&Outcome::Ignored),
                );
                if (passed, failed, ignored) != ours {
                    self.forged(format!(
                        "the suite's closing count ({passed} passed, {failed} failed, {ignored} ignored) disagrees with its events ({} passed, {} failed, {} ignored)",
                        ours.0, ours.1, ours.2
                    ));
                }
                return None;
            }
            Event::Started(name) => {
                if !self.in_run(&name) {
                    self.forged(format!(
                        "an event for `{name}`, which this run does not have"
                    ));
                } else if !self.seen.insert(name.clone()) {
                    self.forged(format!("`{name}` started twice"));
                } else {
                    self.in_flight.insert(name, now);
                }
                return None;
            }
            Event::Passed(name) => (name, Outcome::Passed, None),
            Event::Ignored(name) => (name, Outcome::Ignored, None),
            Event::Failed { name, output } => {
                let panic = parse_test_panic(&output, Some(&name));
                (name, Outcome::Failed, Some(panic))
            }
        };
        if !self.in_run(&name) {
            self.forged(format!(
                "a result for `{name}`, which this run does not have"
            ));
            return None;
        }
        if self.in_flight.remove(&name).is_none() {
            if self.finished.iter().any(|r| r.name == name) {
                self.forged(format!("a second result for `{name}`"));
            } else {
                self.forged(format!("a result for `{name}` without its start"));
            }
            return None;
        }
        self.finished.push(TestResult {
            target: self.tally.target.clone(),
            name,
            outcome,
            panic,
        });
        self.finished.last()
    }

    fn end(
        mut self,
        killed_at: Option<Instant>,
        code: Option<i32>,
        signal: Option<i32>,
        stderr: String,
    ) -> Round {
        let exited_ok = matches!(code, Some(0 | 101));
        if killed_at.is_none() && self.in_flight.is_empty() && exited_ok {
            // libtest ends every run with the suite's counts and exits 101
            // exactly when a test failed.
            let failed = self.finished.iter().any(|r| r.outcome == Outcome::Failed);
            if !self.suite_end {
                self.forged("the run ended without libtest's closing count".into());
            } else if failed != (code == Some(101)) {
                self.forged(format!(
                    "the test binary exited with {} but its events show {}",
                    code.unwrap_or_default(),
                    if failed { "a failure" } else { "no failure" }
                ));
            }
        }
        Round {
            finished: self.finished,
            in_flight: self.in_flight,
            forged: self.forged,
            killed_at,
            signal,
            stderr,
        }
    }
}

/// The test that was alone in flight when the binary died: what killed it.
fn crashed(target: &str, name: &str, stderr: &str, signal: Option<i32>) -> TestResult {
    let overflow = format!("thread '{name}' has overflowed its stack");
    let outcome = if stderr.contains(&overflow) || stderr.contains("has overflowed its stack") {
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
        target: target.to_string(),
        name: name.to_string(),
        outcome,
        panic: Some(Panic {
            message,
            ..Panic::default()
        }),
    }
}

#[cfg(test)]
mod tests;
