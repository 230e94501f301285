//! Checks on save: one at a time per kata crate (the slots are
//! `state::Runs`). A new request cancels the check in flight (the runner
//! kills its whole process group) and queues behind it. The check is the
//! engine's (`engine::check`, the same as `kata check`): build, tests and,
//! once they pass, measured growth, then the verdict; this module only
//! reports progress and publishes. Every run reports `$/progress` begin /
//! report / end when the client supports it; the end is always sent, also
//! when the run is cancelled or fails. The kata's status is pushed
//! (`kata/statusChanged`) when the run starts, when it starts measuring
//! and when it ends.

use super::diagnostics::{self, read_file};
use super::katas::KataCtx;
use super::log;
use super::state::State;
use crate::engine::{self, check, record, CheckEvent, CheckOutcome, CheckRequest, Status};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tower_lsp_server::ls_types::{MessageType, NumberOrString};
use tower_lsp_server::{NotCancellable, OngoingProgress, Unbounded};

/// How long to wait for the client to accept a progress token or a refresh.
const CLIENT_REPLY_TIMEOUT: Duration = Duration::from_secs(5);

/// Starts a check of the kata, cancelling the one in flight (see
/// `state::Runs`). Returns at once: the check is a task of its own.
pub fn request(state: &Arc<State>, kata: Arc<KataCtx>) {
    let crate_dir = kata.crate_dir.clone();
    let task_state = state.clone();
    state
        .runs
        .request(&state.shutdown, crate_dir, move |token, n| async move {
            run(&task_state, &kata, &token, n).await;
        });
}

struct Progress(Option<OngoingProgress<Unbounded, NotCancellable>>);

impl Progress {
    async fn begin(state: &State, kata: &KataCtx, n: u64) -> Progress {
        if !state.session().caps.work_done_progress {
            return Progress(None);
        }
        let token = NumberOrString::String(format!("kata/run/{}/{n}", kata.id()));
        let created = tokio::time::timeout(
            CLIENT_REPLY_TIMEOUT,
            state.client.create_work_done_progress(token.clone()),
        )
        .await;
        if !matches!(created, Ok(Ok(()))) {
            return Progress(None);
        }
        let ongoing = state
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

async fn run(state: &Arc<State>, kata: &Arc<KataCtx>, cancel: &CancellationToken, n: u64) {
    let session = state.session();
    let progress = Progress::begin(state, kata, n).await;
    kata.set_running(true);
    state.status_changed(kata).await;
    let request = CheckRequest {
        kata: kata.kata.clone(),
        crate_dir: kata.crate_dir.clone(),
        cargo_root: kata.cargo_root.clone(),
        timeout: CheckRequest::timeout_for(&kata.kata, session.config.timeout_secs),
        measure: session.config.measure_growth,
    };
    let (tx, mut rx) = mpsc::unbounded_channel();
    let task = {
        let cancel = cancel.clone();
        tokio::spawn(async move {
            engine::check(&request, &cancel, |event| {
                let _ = tx.send(event);
            })
            .await
        })
    };
    let mut finished = 0;
    while let Some(event) = rx.recv().await {
        let message = match event {
            CheckEvent::Building => "building".to_string(),
            CheckEvent::Testing => "running tests".to_string(),
            CheckEvent::TestFinished { name, passed } => {
                finished += 1;
                format!("{finished} done, {} {name}", if passed { "✔" } else { "✘" })
            }
            CheckEvent::Measuring => {
                kata.set_measuring();
                state.status_changed(kata).await;
                progress.report("measuring growth".to_string()).await;
                // The lenses say the tests passed while the probe runs.
                refresh_lenses(state, cancel).await;
                continue;
            }
        };
        progress.report(message).await;
    }
    let end = match task.await {
        Ok(None) => {
            kata.set_running(false);
            "cancelled".to_string()
        }
        Ok(Some(outcome)) => finish(state, kata, outcome).await,
        Err(e) => {
            log(format_args!("the check of {} failed: {e}", kata.id()));
            let outcome = check::could_not_check(
                &kata.kata,
                "",
                "the check stopped unexpectedly (see the server log)".into(),
            );
            finish(state, kata, outcome).await
        }
    };
    state.status_changed(kata).await;
    progress.end(end).await;
    refresh_lenses(state, cancel).await;
}

/// `workspace/codeLens/refresh`, when the client supports it and the run
/// was not cancelled (the next run refreshes).
async fn refresh_lenses(state: &State, cancel: &CancellationToken) {
    if state.session().caps.code_lens_refresh && !cancel.is_cancelled() {
        let _ = tokio::time::timeout(CLIENT_REPLY_TIMEOUT, state.client.code_lens_refresh()).await;
    }
}

/// Publishes a finished check, records it, and tells the learner: a
/// message when solved (or too slow, or when the tests could not run).
/// Returns the progress end message.
pub async fn finish(state: &Arc<State>, kata: &Arc<KataCtx>, outcome: CheckOutcome) -> String {
    let enc = state.session().enc;
    let diagnostics = diagnostics::from_outcome(&outcome, kata, enc, &mut read_file);
    if let Some(ws) = &kata.workspace {
        if let Err(e) = record::record(ws, &outcome) {
            log(format_args!("cannot record progress: {e}"));
        }
    }
    let headline = outcome.headline.clone();
    let message = match outcome.status {
        _ if outcome.problem.is_some() => Some((MessageType::ERROR, format!("kata: {headline}"))),
        Status::Solved => Some((
            MessageType::INFO,
            format!(
                "kata solved: {} ({}): {headline}",
                kata.kata.spec.title,
                kata.id()
            ),
        )),
        Status::TooSlow => Some((
            MessageType::WARNING,
            format!("kata `{}`: {headline}", kata.id()),
        )),
        Status::Failing | Status::DoesNotCompile => None,
    };
    let touched = kata.set_outcome(Some(outcome), diagnostics);
    for path in touched {
        state.publish(&path, kata).await;
    }
    if let Some((kind, text)) = message {
        state.client.show_message(kind, text).await;
    }
    // Last: a client that sees the run ended has been told everything.
    kata.set_running(false);
    headline
}
