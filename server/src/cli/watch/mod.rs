//! `kata watch [ID]`: the terminal practice loop. It watches the started
//! katas' crates, checks the kata being edited on every save (the same
//! `engine::check` as `kata check` and the editor's save), and keeps one
//! screen up to date (`screen.rs`, a pure function of its state). Keys:
//! `h` next hint, `n` start the recommended next kata, `r` re-run, `l`
//! list, `q` quit.
//!
//! One check at a time: a save while a check runs cancels it (the runner
//! kills its whole process group) and starts the next. Quitting — `q`,
//! Ctrl-C, SIGINT, SIGTERM, SIGHUP — cancels the run in flight, waits for
//! its processes to be gone, and restores the terminal.

mod files;
mod screen;
mod terminal;

use super::{CliError, CliResult, Context};
use crate::engine::{self, actions, record, CheckEvent, CheckOutcome, CheckRequest};
use crate::practice::{kata_of_path, StartOutcome, Workspace};
use screen::Screen;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use terminal::Key;
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

pub struct WatchArgs {
    pub id: Option<String>,
    pub timeout: Option<u64>,
    pub measure: bool,
}

/// How long a cancelled check may take to stop its processes on the way
/// out (the runner's kill is SIGTERM, 200 ms, SIGKILL).
const STOP_GRACE: Duration = Duration::from_secs(10);

enum Event {
    Key(Key),
    Resized,
    /// Files changed (not yet debounced).
    Changed(Vec<std::path::PathBuf>),
    WatchFailed(String),
    Progress {
        run: u64,
        event: CheckEvent,
    },
    Finished {
        run: u64,
        outcome: Option<Box<CheckOutcome>>,
    },
}

pub fn run(ctx: &Context, args: WatchArgs) -> CliResult {
    let ws = ctx.workspace()?;
    super::require_cargo()?;
    let id = first_kata(ctx, &ws, args.id.as_deref())?;
    let rt = super::runtime();
    let (events, received) = unbounded_channel();
    let mut watcher = files::Watcher::new({
        let events = events.clone();
        move |batch| {
            let _ = events.send(match batch {
                Ok(paths) => Event::Changed(paths),
                Err(e) => Event::WatchFailed(e),
            });
        }
    })
    .map_err(|e| CliError::new(format!("cannot watch the workspace: {e}")))?;
    for started in ws.started_ids() {
        watcher
            .add(&ws.kata_dir(&started))
            .map_err(|e| CliError::new(format!("cannot watch {started}: {e}")))?;
    }
    let term = terminal::Session::enter()
        .map_err(|e| CliError::new(format!("cannot set the terminal up: {e}")))?;
    let stop_keys = Arc::new(AtomicBool::new(false));
    let keys = term.interactive().then(|| {
        let on_key = events.clone();
        let on_resize = events.clone();
        terminal::read_keys(
            stop_keys.clone(),
            move |key| {
                let _ = on_key.send(Event::Key(key));
            },
            move || {
                let _ = on_resize.send(Event::Resized);
            },
        )
    });
    let last = rt.block_on(async {
        let mut watch = Watch {
            ctx,
            ws,
            args,
            screen: Screen::default(),
            events,
            watcher,
            run: None,
            stopping: Vec::new(),
            runs: 0,
        };
        watch.select(&id);
        let ended = watch.event_loop(received, &term).await;
        watch.shutdown().await;
        ended.map(|()| watch.screen.outcome)
    });
    stop_keys.store(true, Ordering::Relaxed);
    if let Some(keys) = keys {
        let _ = keys.join();
    }
    drop(term);
    let last = last.map_err(|e| CliError::new(format!("cannot draw the screen: {e}")))?;
    if let Some(o) = last {
        anstream::println!("{}: {}", o.id, o.headline);
    }
    Ok(ExitCode::SUCCESS)
}

/// The kata to watch first: the one named, else the one of the current
/// directory, else the started kata whose source changed last.
fn first_kata(ctx: &Context, ws: &Workspace, id: Option<&str>) -> CliResult<String> {
    let id = match id {
        Some(id) => ctx.kata(id)?.id().to_string(),
        None => {
            let here = std::env::current_dir()
                .ok()
                .and_then(|cwd| kata_of_path(&cwd.join("Cargo.toml")))
                .map(|(_, id)| id);
            let edited_last = || {
                ws.started_ids()
                    .into_iter()
                    .filter(|id| ctx.pack.get(id).is_some())
                    .max_by_key(|id| {
                        std::fs::metadata(ws.kata_dir(id).join("src/lib.rs"))
                            .and_then(|m| m.modified())
                            .ok()
                    })
            };
            here.or_else(edited_last).ok_or_else(|| {
                CliError::new("no kata is started in this workspace")
                    .hint("start one with `kata start ID`, then `kata watch`")
            })?
        }
    };
    if !ws.is_started(&id) {
        return Err(CliError::new(format!("kata `{id}` is not started"))
            .hint(format!("start it with `kata start {id}`")));
    }
    Ok(id)
}

/// The check in flight.
struct Run {
    number: u64,
    cancel: CancellationToken,
    task: JoinHandle<()>,
}

struct Watch<'a> {
    ctx: &'a Context,
    ws: Workspace,
    args: WatchArgs,
    screen: Screen,
    events: UnboundedSender<Event>,
    watcher: files::Watcher,
    run: Option<Run>,
    /// Cancelled checks still stopping their processes.
    stopping: Vec<JoinHandle<()>>,
    /// Checks started so far: a late event of a cancelled one is ignored.
    runs: u64,
}

impl Watch<'_> {
    /// Ends on a quit (key or signal); an error when the screen cannot be
    /// drawn.
    async fn event_loop(
        &mut self,
        mut received: UnboundedReceiver<Event>,
        term: &terminal::Session,
    ) -> std::io::Result<()> {
        use tokio::signal::unix::{signal, SignalKind};
        let mut interrupt = signal(SignalKind::interrupt())?;
        let mut terminate = signal(SignalKind::terminate())?;
        let mut hangup = signal(SignalKind::hangup())?;
        // Katas saved since the files were last quiet for `DEBOUNCE`.
        let mut saved: Vec<String> = Vec::new();
        let quiet = tokio::time::sleep(files::DEBOUNCE);
        tokio::pin!(quiet);
        loop {
            self.screen.height = term.height();
            term.draw(&screen::render(&self.screen))?;
            let event = tokio::select! {
                event = received.recv() => match event {
                    Some(event) => event,
                    None => return Ok(()),
                },
                _ = interrupt.recv() => return Ok(()),
                _ = terminate.recv() => return Ok(()),
                _ = hangup.recv() => return Ok(()),
                _ = &mut quiet, if !saved.is_empty() => {
                    self.saved(&std::mem::take(&mut saved));
                    continue;
                }
            };
            match event {
                Event::Key(Key::Quit) => return Ok(()),
                Event::Key(Key::Hint) => self.hint(),
                Event::Key(Key::Next) => self.next_kata(),
                Event::Key(Key::Rerun) => {
                    self.screen.list = None;
                    self.start_check();
                }
                Event::Key(Key::List) => self.toggle_list(),
                Event::Resized => {}
                Event::Changed(paths) => {
                    let katas = self.katas_of(&paths);
                    if !katas.is_empty() {
                        saved.extend(katas);
                        quiet
                            .as_mut()
                            .reset(tokio::time::Instant::now() + files::DEBOUNCE);
                    }
                    continue;
                }
                Event::WatchFailed(e) => self.screen.message = Some(format!("watching: {e}")),
                Event::Progress { run, event } => self.progress(run, event),
                Event::Finished { run, outcome } => self.finished(run, outcome),
            }
        }
    }

    /// Watches `id` from now on, and checks it.
    fn select(&mut self, id: &str) {
        let Some(kata) = self.ctx.pack.get(id) else {
            return;
        };
        self.screen = Screen {
            id: id.to_string(),
            title: kata.spec.title.clone(),
            outcome: actions::last_outcome(&self.ws, id),
            hints_total: kata.spec.hints.len(),
            ..Screen::default()
        };
        self.refresh_hints();
        self.start_check();
    }

    fn refresh_hints(&mut self) {
        let shown = self
            .ws
            .progress()
            .read()
            .map(|p| p.get(&self.screen.id).hints_shown)
            .unwrap_or(0);
        self.screen.hints_shown = shown.min(self.screen.hints_total);
    }

    /// The started katas whose files `paths` are.
    fn katas_of(&self, paths: &[std::path::PathBuf]) -> Vec<String> {
        paths
            .iter()
            .filter_map(|p| files::kata_of_change(&self.ws.root, p))
            .filter(|id| self.ctx.pack.get(id).is_some() && self.ws.is_started(id))
            .collect()
    }

    /// Saves in started katas' crates: check the kata (the kata being
    /// edited becomes the one watched).
    fn saved(&mut self, saved: &[String]) {
        if saved.contains(&self.screen.id) {
            self.screen.message = None;
            self.start_check();
        } else if let Some(other) = saved.first() {
            let other = other.clone();
            self.select(&other);
        }
    }

    fn start_check(&mut self) {
        self.cancel_run();
        let Some(kata) = self.ctx.pack.get(&self.screen.id) else {
            return;
        };
        self.runs += 1;
        let number = self.runs;
        let request = CheckRequest {
            kata: kata.clone(),
            crate_dir: self.ws.kata_dir(kata.id()),
            cargo_root: self.ws.root.clone(),
            timeout: CheckRequest::timeout_for(kata, self.args.timeout),
            measure: self.args.measure,
        };
        let cancel = CancellationToken::new();
        let token = cancel.clone();
        let events = self.events.clone();
        let task = tokio::spawn(async move {
            let progress = events.clone();
            let outcome = engine::check(&request, &token, move |event| {
                let _ = progress.send(Event::Progress { run: number, event });
            })
            .await;
            let _ = events.send(Event::Finished {
                run: number,
                outcome: outcome.map(Box::new),
            });
        });
        self.run = Some(Run {
            number,
            cancel,
            task,
        });
        self.screen.running = Some("starting".into());
    }

    fn cancel_run(&mut self) {
        if let Some(run) = self.run.take() {
            run.cancel.cancel();
            self.stopping.push(run.task);
        }
        self.stopping.retain(|task| !task.is_finished());
        self.screen.running = None;
    }

    fn current(&self, run: u64) -> bool {
        self.run.as_ref().is_some_and(|r| r.number == run)
    }

    fn progress(&mut self, run: u64, event: CheckEvent) {
        if !self.current(run) {
            return;
        }
        let done = |s: &Option<String>| {
            s.as_deref()
                .and_then(|s| s.strip_prefix("running tests ("))
                .and_then(|s| s.split(' ').next())
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0)
        };
        self.screen.running = Some(match event {
            CheckEvent::Building => "building".into(),
            CheckEvent::Testing => "running tests".into(),
            CheckEvent::TestFinished { .. } => {
                format!("running tests ({} done)", done(&self.screen.running) + 1)
            }
            CheckEvent::Measuring => "measuring growth".into(),
        });
    }

    fn finished(&mut self, run: u64, outcome: Option<Box<CheckOutcome>>) {
        if !self.current(run) {
            return;
        }
        self.run = None;
        self.screen.running = None;
        let Some(outcome) = outcome else {
            return;
        };
        if let Err(e) = record::record(&self.ws, &outcome) {
            self.screen.message = Some(format!("could not record the result: {e}"));
        }
        self.screen.outcome = Some(*outcome);
        self.refresh_hints();
    }

    fn hint(&mut self) {
        let Some(kata) = self.ctx.pack.get(&self.screen.id) else {
            return;
        };
        self.screen.list = None;
        match actions::next_hint(&self.ws, kata) {
            Ok(Some(hint)) => self.screen.hint = Some(hint),
            Ok(None) => self.screen.message = Some(format!("`{}` has no hints.", kata.id())),
            Err(e) => self.screen.message = Some(format!("could not record the hint: {e}")),
        }
        self.refresh_hints();
    }

    /// Starts the recommended next kata and watches it.
    fn next_kata(&mut self) {
        let progress = self.ws.progress().read().unwrap_or_default();
        let current = self.ctx.pack.get(&self.screen.id);
        let Some(next) = actions::recommend(&self.ctx.pack, &progress, current) else {
            self.screen.message = Some("Every kata is solved.".into());
            return;
        };
        let id = next.id().to_string();
        let dir = match actions::start(&self.ws, next) {
            Ok(StartOutcome::Created(dir) | StartOutcome::AlreadyStarted(dir)) => dir,
            Err(e) => {
                self.screen.message = Some(format!("could not start `{id}`: {e}"));
                return;
            }
        };
        let watched = self.watcher.add(&dir);
        self.select(&id);
        self.screen.message = Some(match watched {
            Ok(()) => format!("Started `{id}`: read {id}/README.md, edit {id}/src/lib.rs"),
            Err(e) => format!("Started `{id}`, but cannot watch it: {e}"),
        });
    }

    fn toggle_list(&mut self) {
        self.screen.list = match self.screen.list {
            Some(_) => None,
            None => Some(actions::catalogue(
                &self.ctx.pack,
                Some(&self.ws),
                &Default::default(),
            )),
        };
    }

    /// Cancels the run in flight and waits until every check's processes
    /// are gone.
    async fn shutdown(&mut self) {
        self.cancel_run();
        for task in self.stopping.drain(..) {
            let _ = tokio::time::timeout(STOP_GRACE, task).await;
        }
    }
}
