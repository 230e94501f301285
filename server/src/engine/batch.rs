//! Checking many katas at once (`kata check --all`, several ids): the same
//! pipeline and outcomes as [`super::check`] kata by kata, arranged for
//! speed. Every kata's tests are built by one cargo invocation
//! (`runner::batch`), then each kata's test binaries run, up to `jobs`
//! katas at a time; the probes of the katas whose tests pass are built by
//! one more invocation, and growth is measured kata after kata (it times
//! CPU: nothing else of ours runs meanwhile).
//!
//! A kata the one build cannot vouch for (see `runner::batch`) is built on
//! its own, as a single check does, so its outcome is the same either way.

use super::check::{before_build, check_event, measure_growth, CheckEvent, CheckRequest, Checked};
use super::outcome::CheckOutcome;
use crate::runner::{self, probe, RunOptions, RunReport};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio_util::sync::CancellationToken;

/// How many katas to work on at once, and cargo's own `-j`.
#[derive(Debug, Clone, Copy)]
pub struct Parallelism {
    /// Katas whose tests run at the same time (at least 1).
    pub jobs: usize,
    /// cargo's `--jobs`; `None` leaves cargo's default (every core).
    pub cargo_jobs: Option<usize>,
}

impl Parallelism {
    /// `--jobs N`, or as many as the machine has cores.
    pub fn from_jobs(jobs: Option<usize>) -> Parallelism {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Parallelism {
            jobs: jobs.unwrap_or(cores).max(1),
            cargo_jobs: jobs.map(|j| j.max(1)),
        }
    }
}

/// What a check of many katas reports while it works: which kata, what.
pub type BatchEvents = Arc<dyn Fn(&str, CheckEvent) + Send + Sync>;

/// Checks every request; the outcomes in the order asked. `None` when
/// cancelled.
pub async fn check_many(
    requests: &[CheckRequest],
    parallelism: Parallelism,
    cancel: &CancellationToken,
    on_event: BatchEvents,
) -> Option<Vec<CheckOutcome>> {
    // The static checks (tree-sitter queries, the complexity estimate) take
    // one thread while cargo builds and the tests run.
    let owned = requests.to_vec();
    let prepared =
        tokio::task::spawn_blocking(move || owned.iter().map(before_build).collect::<Vec<_>>());
    let runs = run_all(requests, parallelism, cancel, &on_event).await?;
    let prepared = prepared.await.expect("the static checks do not panic");
    let checked: Vec<Checked> = requests
        .iter()
        .zip(prepared)
        .zip(&runs)
        .map(|((request, (checks, problem)), run)| Checked::new(request, checks, problem, run))
        .collect();
    let to_measure: Vec<usize> = (0..requests.len())
        .filter(|&i| checked[i].wants_measuring(&requests[i]))
        .collect();
    let exes = build_probes(requests, &to_measure, parallelism, cancel).await?;
    let mut measurements = HashMap::new();
    for &i in &to_measure {
        let request = &requests[i];
        on_event(request.kata.id(), CheckEvent::Measuring);
        let exe = exes.get(request.kata.id()).map(PathBuf::as_path);
        let measurement = measure_growth(request, &checked[i], exe, cancel).await?;
        measurements.insert(i, measurement);
    }
    let outcomes = checked
        .into_iter()
        .enumerate()
        .map(|(i, checked)| {
            let request = &requests[i];
            let measurement = measurements
                .remove(&i)
                .unwrap_or_else(|| checked.unmeasured(request));
            checked.finish(request, measurement)
        })
        .collect();
    Some(outcomes)
}

/// Builds every kata's tests (one cargo invocation per workspace) and runs
/// them, `jobs` katas at a time. `None` when cancelled.
async fn run_all(
    requests: &[CheckRequest],
    parallelism: Parallelism,
    cancel: &CancellationToken,
    on_event: &BatchEvents,
) -> Option<Vec<RunReport>> {
    let mut builds: Vec<Option<runner::BuildOutput>> = requests.iter().map(|_| None).collect();
    for (root, members) in by_workspace(requests) {
        let krates: Vec<runner::CrateRef> = members
            .iter()
            .map(|&i| requests[i].krate())
            .filter(|k| runner::refuse_build_code(&k.workspace, &k.crate_dir).is_none())
            .collect();
        for &i in &members {
            on_event(requests[i].kata.id(), CheckEvent::Building);
        }
        let target = root.join("target");
        let mut batch =
            runner::batch::build_tests(&root, &target, &krates, parallelism.cargo_jobs, cancel)
                .await?;
        for &i in &members {
            builds[i] = batch.take(requests[i].kata.id());
        }
    }
    let gate = Arc::new(tokio::sync::Semaphore::new(parallelism.jobs));
    let mut tasks = tokio::task::JoinSet::new();
    for (i, (request, build)) in requests.iter().zip(builds).enumerate() {
        let (request, gate, cancel, on_event) = (
            request.clone(),
            gate.clone(),
            cancel.clone(),
            on_event.clone(),
        );
        tasks.spawn(async move {
            let _permit = gate.acquire_owned().await.ok()?;
            let krate = request.krate();
            let target = request.cargo_root.join("target");
            let options = RunOptions {
                timeout: request.timeout,
            };
            let id = request.kata.id().to_string();
            let on_event = |event| on_event(&id, check_event(event));
            let report = match build {
                Some(build) => {
                    runner::run_built(&krate, &target, build, &options, &cancel, on_event).await
                }
                None => runner::run_tests_in(&krate, &target, &options, &cancel, on_event).await,
            };
            Some((i, report))
        });
    }
    let mut reports: Vec<Option<RunReport>> = requests.iter().map(|_| None).collect();
    while let Some(joined) = tasks.join_next().await {
        let (i, report) = joined.ok()??;
        if report.cancelled {
            return None;
        }
        reports[i] = Some(report);
    }
    if cancel.is_cancelled() {
        return None;
    }
    reports.into_iter().collect()
}

/// The requests by Cargo workspace, in order of first appearance.
fn by_workspace(requests: &[CheckRequest]) -> Vec<(PathBuf, Vec<usize>)> {
    let mut groups: Vec<(PathBuf, Vec<usize>)> = Vec::new();
    for (i, request) in requests.iter().enumerate() {
        match groups
            .iter_mut()
            .find(|(root, _)| *root == request.cargo_root)
        {
            Some((_, members)) => members.push(i),
            None => groups.push((request.cargo_root.clone(), vec![i])),
        }
    }
    groups
}

/// Builds the probes of the katas to measure, one cargo invocation per
/// workspace; a probe missing from the answer is built when it is measured.
/// `None` when cancelled.
async fn build_probes(
    requests: &[CheckRequest],
    to_measure: &[usize],
    parallelism: Parallelism,
    cancel: &CancellationToken,
) -> Option<HashMap<String, PathBuf>> {
    let mut exes = HashMap::new();
    let selected: Vec<CheckRequest> = to_measure.iter().map(|&i| requests[i].clone()).collect();
    for (root, members) in by_workspace(&selected) {
        let krates: Vec<(runner::CrateRef, &str)> = members
            .iter()
            .filter_map(|&i| {
                let request = &selected[i];
                Some((request.krate(), request.kata.file("probe.rs")?))
            })
            .collect();
        let target: &Path = &root.join("target");
        match probe::build_probes(&krates, target, parallelism.cargo_jobs, cancel).await {
            Ok(built) => exes.extend(built),
            Err(_) => return None,
        }
    }
    Some(exes)
}
