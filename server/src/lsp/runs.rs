//! Test runs on save: one run at a time per kata crate. A new request
//! cancels the run in flight (the runner kills its whole process group)
//! and queues behind it. When every test passed and the kata has a probe,
//! the same run then measures growth (`runner::probe`), under the same
//! cancellation. Every run reports `$/progress` begin / report / end when
//! the client supports it; the end is always sent, also when the run is
//! cancelled or fails.

use super::diagnostics;
use super::katas::KataCtx;
use super::log;
use super::measured::Growth;
use super::server::Inner;
use crate::practice::{now_secs_public, Status};
use crate::runner::probe::{run_probe, ProbeError, ProbeOptions};
use crate::runner::{self, RunEvent, RunOptions, RunReport};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tower_lsp_server::ls_types::{MessageType, NumberOrString};
use tower_lsp_server::{NotCancellable, OngoingProgress, Unbounded};

/// How long to wait for the client to accept a progress token or a refresh.
const CLIENT_REPLY_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Default)]
pub struct Runs {
    slots: Mutex<HashMap<PathBuf, Arc<Slot>>>,
    tasks: Mutex<Vec<JoinHandle<()>>>,
    counter: AtomicU64,
}

#[derive(Default)]
struct Slot {
    /// The token of the newest requested run.
    current: Mutex<Option<CancellationToken>>,
    /// Held by the run that is executing: runs of a crate never overlap.
    serial: tokio::sync::Mutex<()>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Runs {
    /// Starts a run of the kata's tests, cancelling the one in flight.
    /// Returns at once: the run is a task of its own.
    pub fn request(&self, inner: &Arc<Inner>, kata: Arc<KataCtx>) {
        if inner.shutdown.is_cancelled() {
            return;
        }
        let slot = lock(&self.slots)
            .entry(kata.crate_dir.clone())
            .or_default()
            .clone();
        let token = inner.shutdown.child_token();
        if let Some(old) = lock(&slot.current).replace(token.clone()) {
            old.cancel();
        }
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let inner = inner.clone();
        let handle = tokio::spawn(async move {
            let _serial = slot.serial.lock().await;
            if token.is_cancelled() {
                return;
            }
            run(&inner, &kata, &token, n).await;
        });
        let mut tasks = lock(&self.tasks);
        tasks.retain(|t| !t.is_finished());
        tasks.push(handle);
    }

    /// Cancels every run and waits, at most `grace`, for them to end (their
    /// processes killed and reaped).
    pub async fn cancel_all_and_wait(&self, grace: Duration) {
        for slot in lock(&self.slots).values() {
            if let Some(token) = lock(&slot.current).as_ref() {
                token.cancel();
            }
        }
        let tasks = std::mem::take(&mut *lock(&self.tasks));
        let all = async {
            for task in tasks {
                let _ = task.await;
            }
        };
        if tokio::time::timeout(grace, all).await.is_err() {
            log(format_args!("some test runs did not stop within {grace:?}"));
        }
    }
}

struct Progress(Option<OngoingProgress<Unbounded, NotCancellable>>);

impl Progress {
    async fn begin(inner: &Inner, kata: &KataCtx, n: u64) -> Progress {
        if !inner.session().caps.work_done_progress {
            return Progress(None);
        }
        let token = NumberOrString::String(format!("kata/run/{}/{n}", kata.id()));
        let created = tokio::time::timeout(
            CLIENT_REPLY_TIMEOUT,
            inner.client.create_work_done_progress(token.clone()),
        )
        .await;
        if !matches!(created, Ok(Ok(()))) {
            return Progress(None);
        }
        let ongoing = inner
            .client
            .progress(token, format!("kata: testing {}", kata.id()))
            .with_message("building")
            .begin()
            .await;
        Progress(Some(ongoing))
    }

    async fn report(&self, message: String) {
        if let Some(p) = &self.0 {
            p.report(message).await;
        }
    }

    async fn end(self, message: String) {
        if let Some(p) = self.0 {
            p.finish_with_message(message).await;
        }
    }
}

async fn run(inner: &Arc<Inner>, kata: &Arc<KataCtx>, cancel: &CancellationToken, n: u64) {
    let session = inner.session();
    let progress = Progress::begin(inner, kata, n).await;
    kata.state.lock().unwrap_or_else(|e| e.into_inner()).running = true;
    let timeout = session
        .config
        .timeout_secs
        .or(kata.kata.timeout_secs())
        .map_or(runner::DEFAULT_TIMEOUT, Duration::from_secs);
    let (tx, mut rx) = mpsc::unbounded_channel();
    let task = {
        let krate = kata.krate();
        let options = RunOptions { timeout };
        let cancel = cancel.clone();
        tokio::spawn(async move {
            runner::run_tests(&krate, &options, &cancel, |event| {
                let _ = tx.send(event);
            })
            .await
        })
    };
    let mut finished = 0;
    while let Some(event) = rx.recv().await {
        let message = match event {
            RunEvent::Building => "building".to_string(),
            RunEvent::Testing { .. } => "running tests".to_string(),
            RunEvent::TestFinished { name, passed } => {
                finished += 1;
                format!("{finished} done, {} {name}", if passed { "✔" } else { "✘" })
            }
        };
        progress.report(message).await;
    }
    let report = task.await;
    kata.state.lock().unwrap_or_else(|e| e.into_inner()).running = false;
    let (mut end, measure) = match report {
        Err(e) => {
            log(format_args!("the test run of {} failed: {e}", kata.id()));
            let report = RunReport {
                problem: Some("the test run stopped unexpectedly (see the server log)".into()),
                timeout,
                ..RunReport::default()
            };
            (finish(inner, kata, &report, false).await, false)
        }
        Ok(report) if report.cancelled => ("cancelled".to_string(), false),
        Ok(report) => {
            // Measured growth: only once every test passed. Sequential in
            // this task, so it holds the crate's slot: no build of the
            // crate runs meanwhile, and a new save cancels it.
            let measure = session.config.measure_growth
                && report.all_passed()
                && has_probe(kata)
                && !cancel.is_cancelled();
            (finish(inner, kata, &report, measure).await, measure)
        }
    };
    if measure {
        progress.report("measuring growth".to_string()).await;
        // The lenses show the tests' outcome while the probe runs.
        refresh_lenses(inner, cancel).await;
        end = format!("{end} · {}", measure_growth(inner, kata, cancel).await);
    }
    progress.end(end).await;
    refresh_lenses(inner, cancel).await;
}

/// `workspace/codeLens/refresh`, when the client supports it and the run
/// was not cancelled (the next run refreshes).
async fn refresh_lenses(inner: &Inner, cancel: &CancellationToken) {
    if inner.session().caps.code_lens_refresh && !cancel.is_cancelled() {
        let _ = tokio::time::timeout(CLIENT_REPLY_TIMEOUT, inner.client.code_lens_refresh()).await;
    }
}

/// The kata has a probe to measure growth with.
fn has_probe(kata: &KataCtx) -> bool {
    kata.kata.spec.probe.is_some() && kata.kata.file("probe.rs").is_some()
}

/// Builds and runs the kata's probe against the crate, stores the result
/// and publishes its diagnostics. Returns the end of the progress message.
async fn measure_growth(
    inner: &Arc<Inner>,
    kata: &Arc<KataCtx>,
    cancel: &CancellationToken,
) -> String {
    let task = {
        let kata = kata.clone();
        let cancel = cancel.clone();
        tokio::spawn(async move {
            run_probe(&kata.krate(), &kata.kata, &ProbeOptions::default(), &cancel).await
        })
    };
    let growth = match task.await {
        _ if cancel.is_cancelled() => None,
        Ok(Err(ProbeError::Cancelled)) => None,
        Ok(Ok(m)) => {
            log(format_args!(
                "measured {}: {} (build {} ms, measurement {} ms)",
                kata.id(),
                m.summary(),
                m.build_ms,
                m.elapsed_ms
            ));
            Some(Growth::Measured(m))
        }
        Ok(Err(e)) => {
            log(format_args!("could not measure {}: {e}", kata.id()));
            Some(Growth::Failed(e.to_string()))
        }
        Err(e) => {
            log(format_args!("the measurement of {} failed: {e}", kata.id()));
            Some(Growth::Failed(
                "the measurement stopped unexpectedly (see the server log)".into(),
            ))
        }
    };
    let Some(growth) = growth else {
        kata.set_growth(Growth::Unknown, BTreeMap::new());
        return "measurement cancelled".to_string();
    };
    let label = growth.lens_label().unwrap_or_default();
    record_growth(inner, kata, growth).await;
    label
}

/// Stores a measurement in the kata's state and publishes `src/lib.rs`
/// (and any other file its diagnostics touch) again.
pub async fn record_growth(inner: &Inner, kata: &KataCtx, growth: Growth) {
    let enc = inner.session().enc;
    let diagnostics = diagnostics::from_growth(&growth, kata, enc, &mut |path| {
        std::fs::read(path)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    });
    let mut touched = kata.set_growth(growth, diagnostics);
    touched.insert(kata.lib_path());
    for path in touched {
        inner.publish(&path, kata).await;
    }
}

/// Publishes a finished run, records it, and tells the learner. Returns
/// the progress end message. `measuring`: the probe runs next.
async fn finish(
    inner: &Arc<Inner>,
    kata: &Arc<KataCtx>,
    report: &RunReport,
    measuring: bool,
) -> String {
    let enc = inner.session().enc;
    let mapped = diagnostics::from_run(report, kata, enc, &mut |path| {
        std::fs::read(path)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    });
    let summary = mapped.summary.clone();
    for path in kata.set_run_diagnostics(mapped.summary, mapped.files, measuring) {
        inner.publish(&path, kata).await;
    }
    if let Some(ws) = &kata.workspace {
        let recorded = ws.progress().update_kata(kata.id(), |p| {
            if summary.solved {
                p.status = Status::Solved;
                p.solved_at.get_or_insert_with(now_secs_public);
            } else if p.status == Status::New {
                p.status = Status::Started;
            }
            p.runs += 1;
            p.last_passed = summary.passed;
            p.last_failed = summary.failed;
        });
        if let Err(e) = recorded {
            log(format_args!("cannot record progress: {e}"));
        }
    }
    if let Some(problem) = &summary.problem {
        inner
            .client
            .show_message(
                MessageType::ERROR,
                format!("kata: the tests could not run: {problem}"),
            )
            .await;
    } else if summary.solved {
        inner
            .client
            .show_message(
                MessageType::INFO,
                format!(
                    "kata solved: {} ({}): all {} tests pass",
                    kata.kata.spec.title,
                    kata.id(),
                    summary.passed
                ),
            )
            .await;
    }
    summary.status()
}
