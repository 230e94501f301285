//! The server's state: the session (what the client negotiated and
//! configured), the open documents, the started katas and the check
//! slots; and [`Snapshot`], the consistent view of one open document that
//! a request handler reads. Handlers (`super::handlers`) and the
//! background tasks (`super::live`, `super::runs`) read and change it
//! through the methods here; this module never calls them.
//!
//! A kata's own state ([`KataCtx`], with its `RunState`) stays in
//! `super::katas`: the formatting modules (`diagnostics`, `hover`, `ext`)
//! take a `&KataCtx`, and this module uses `diagnostics` to compose a
//! publish, so a `KataCtx` here would close a circle.
//!
//! # Locks
//!
//! Every lock is taken through a private accessor named after what it
//! guards (`session()` / `update_session()`, `docs()`, `katas()`,
//! `Runs::slots()`, `Slot::current()`, `Runs::tasks()`,
//! `KataCtx::state()`), so `grep` finds every place one is held. The
//! order, outermost first:
//!
//! 1. a crate's `Slot::serial` (tokio): held by a check for its whole run,
//!    across `.await`s, so the checks of one crate never overlap;
//! 2. `publish_lock` (tokio): held while a file's diagnostics are composed
//!    and sent (across that one `.await`), so the last state composed is
//!    the last one published; taken before any lock below. `status_lock`
//!    (tokio) does the same for a pushed status (`kata/statusChanged`);
//!    the two are never held together;
//! 3. the `parking_lot` locks, none of them ever held across an `.await`:
//!    the documents (`docs`) before a kata's run state (`KataCtx::state`);
//!    `Runs::slots` before a slot's `current`. `session`, `katas` and
//!    `Runs::tasks` are taken alone, and today no two of the others are
//!    held at once either: each is released before the next is taken.

use super::capabilities::{ClientCaps, Config};
use super::diagnostics::{self, read_file};
use super::documents::Document;
use super::ext::{status_of, StatusChanged};
use super::katas::{KataCtx, Role};
use super::to_proto::Encoding;
use crate::catalog::Pack;
use crate::practice::Workspace;
use parking_lot::{Mutex, MutexGuard, RwLock};
use ropey::Rope;
use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tower_lsp_server::ls_types::{Diagnostic, TextDocumentContentChangeEvent, Uri};
use tower_lsp_server::Client;
use tree_sitter::Tree;

/// How long `shutdown` waits for runs to be killed and reaped.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, Default)]
pub struct Session {
    pub enc: Encoding,
    pub caps: ClientCaps,
    pub config: Config,
    /// Workspace folders (or the root) the client opened.
    pub roots: Vec<PathBuf>,
}

/// An open document and what the server keeps with it.
pub struct DocEntry {
    doc: Document,
    path: PathBuf,
    kata: Arc<KataCtx>,
    role: Role,
    /// Keystroke diagnostics of the last analysed version...
    live: Vec<Diagnostic>,
    /// ...which is this one: a publish carries it, not the document's
    /// version, which may have moved on since (a client drops
    /// diagnostics whose version is not its buffer's, and must not show
    /// ones computed from another text under its buffer's version).
    live_version: i32,
    /// Wakes the document's analysis task with the latest version.
    tx: watch::Sender<i32>,
}

impl DocEntry {
    pub fn new(
        doc: Document,
        path: PathBuf,
        kata: Arc<KataCtx>,
        role: Role,
        tx: watch::Sender<i32>,
    ) -> DocEntry {
        DocEntry {
            live_version: doc.version,
            doc,
            path,
            kata,
            role,
            live: Vec::new(),
            tx,
        }
    }
}

#[derive(Default)]
struct Documents {
    by_uri: HashMap<Uri, DocEntry>,
    by_path: HashMap<PathBuf, Uri>,
}

/// Everything the server knows, shared by the handlers and the tasks.
pub struct State {
    pub client: Client,
    pub pack: Pack,
    session: RwLock<Session>,
    docs: Mutex<Documents>,
    katas: Mutex<HashMap<PathBuf, Arc<KataCtx>>>,
    pub runs: Runs,
    /// Composing and sending a file's diagnostics happen under this lock,
    /// so the last state is always the last one published.
    publish_lock: tokio::sync::Mutex<()>,
    /// Composing and sending a kata's status happen under this lock, so
    /// the last status pushed is the newest.
    status_lock: tokio::sync::Mutex<()>,
    pub shutdown: CancellationToken,
}

/// A consistent view of one open document for a request.
pub struct Snapshot {
    pub uri: Uri,
    pub version: i32,
    pub rope: Rope,
    /// The text; empty when the document is too large to parse.
    pub text: String,
    pub tree: Option<Tree>,
    pub kata: Arc<KataCtx>,
    pub role: Role,
    pub enc: Encoding,
    pub config: Config,
}

/// A file path for a `file:` URI.
pub fn uri_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

impl State {
    pub fn new(client: Client, pack: Pack) -> State {
        State {
            client,
            pack,
            session: RwLock::new(Session::default()),
            docs: Mutex::new(Documents::default()),
            katas: Mutex::new(HashMap::new()),
            runs: Runs::default(),
            publish_lock: tokio::sync::Mutex::new(()),
            status_lock: tokio::sync::Mutex::new(()),
            shutdown: CancellationToken::new(),
        }
    }

    /// A copy of the session (the lock is released at once).
    pub fn session(&self) -> Session {
        self.session.read().clone()
    }

    pub fn update_session(&self, f: impl FnOnce(&mut Session)) {
        f(&mut self.session.write());
    }

    fn docs(&self) -> MutexGuard<'_, Documents> {
        self.docs.lock()
    }

    fn katas(&self) -> MutexGuard<'_, HashMap<PathBuf, Arc<KataCtx>>> {
        self.katas.lock()
    }

    /// The started kata `path` belongs to (cached per crate).
    pub fn kata_for_path(&self, path: &Path) -> Option<Arc<KataCtx>> {
        let (crate_dir, id) = KataCtx::for_path(&self.pack, path)?;
        let mut katas = self.katas();
        if let Some(ctx) = katas.get(&crate_dir) {
            if ctx.id() == id {
                return Some(ctx.clone());
            }
        }
        let ctx = Arc::new(KataCtx::new(self.pack.get(&id)?, crate_dir.clone()));
        katas.insert(crate_dir, ctx.clone());
        Some(ctx)
    }

    pub fn kata_for_uri(&self, uri: &Uri) -> Option<Arc<KataCtx>> {
        if let Some(entry) = self.docs().by_uri.get(uri) {
            return Some(entry.kata.clone());
        }
        self.kata_for_path(&uri_path(uri)?)
    }

    /// The practice workspace: of a kata, else of the opened folders.
    pub fn workspace(&self, kata: Option<&KataCtx>) -> Option<Workspace> {
        if let Some(ws) = kata.and_then(|k| k.workspace.clone()) {
            return Some(ws);
        }
        self.session()
            .roots
            .iter()
            .find_map(|root| Workspace::discover(root).ok())
    }

    /// A snapshot of the open document `uri` (its tree reparsed if needed).
    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        let session = self.session();
        let mut docs = self.docs();
        let entry = docs.by_uri.get_mut(uri)?;
        let tree = entry.doc.tree().cloned();
        let text = if tree.is_some() {
            entry.doc.text()
        } else {
            String::new()
        };
        Some(Snapshot {
            uri: uri.clone(),
            version: entry.doc.version,
            rope: entry.doc.rope().clone(),
            text,
            tree,
            kata: entry.kata.clone(),
            role: entry.role,
            enc: session.enc,
            config: session.config,
        })
    }

    /// Publishes a file's diagnostics: the keystroke ones of its open
    /// document plus the last run's.
    pub async fn publish(&self, path: &Path, kata: &KataCtx) {
        let _guard = self.publish_lock.lock().await;
        let (uri, mut diags, version) = {
            let docs = self.docs();
            match docs
                .by_path
                .get(path)
                .and_then(|u| docs.by_uri.get(u).map(|e| (u, e)))
            {
                Some((uri, entry)) => (uri.clone(), entry.live.clone(), Some(entry.live_version)),
                None => match Uri::from_file_path(path) {
                    Some(uri) => (uri, Vec::new(), None),
                    None => return,
                },
            }
        };
        let enc = self.session().enc;
        diags.extend(kata.run_diagnostics(path, |outcome| {
            diagnostics::from_outcome(outcome, kata, enc, &mut read_file)
        }));
        self.client.publish_diagnostics(uri, diags, version).await;
    }

    /// Pushes the kata's status (`kata/statusChanged`) to a client that
    /// asked for it; called wherever the status may have changed.
    pub async fn status_changed(&self, kata: &KataCtx) {
        let session = self.session();
        if session.caps.status_notification {
            let _guard = self.status_lock.lock().await;
            self.client
                .send_notification::<StatusChanged>(status_of(kata, session.enc))
                .await;
        }
    }

    /// Adds an open document; a document already open at the same path
    /// under another URI is replaced.
    pub fn open_document(&self, uri: Uri, entry: DocEntry) {
        let mut docs = self.docs();
        if let Some(old) = docs.by_path.insert(entry.path.clone(), uri.clone()) {
            if old != uri {
                docs.by_uri.remove(&old);
            }
        }
        docs.by_uri.insert(uri, entry);
    }

    /// Applies a `didChange` and wakes the document's analysis task.
    ///
    /// A change older than the document (a lower version) is stale and
    /// ignored: Helix 25.01 sends each change from a task of its own, so a
    /// fast burst can arrive out of order, and with full-text changes (the
    /// sync kind we advertise) keeping the newest version keeps the
    /// client's text. Versions need not be consecutive (Neovim's jump), so
    /// nothing waits for a missing one. An equal version is applied: no
    /// reordering produces one (each change has its own), only a client
    /// that reuses a version for a newer text. Range changes follow the
    /// same rule, applied in order.
    pub fn change_document(
        &self,
        uri: &Uri,
        version: i32,
        changes: &[TextDocumentContentChangeEvent],
    ) {
        let enc = self.session().enc;
        let mut docs = self.docs();
        let Some(entry) = docs.by_uri.get_mut(uri) else {
            return;
        };
        if version < entry.doc.version {
            super::debug(format_args!(
                "ignored a stale didChange of {}: version {version}, the document is at {}",
                uri.as_str(),
                entry.doc.version
            ));
            return;
        }
        for change in changes {
            entry.doc.apply(change, enc);
        }
        entry.doc.version = version;
        entry.tx.send_replace(version);
    }

    /// Removes the document; returns its path and kata for a last publish.
    pub fn close_document(&self, uri: &Uri) -> Option<(PathBuf, Arc<KataCtx>)> {
        let mut docs = self.docs();
        let entry = docs.by_uri.remove(uri)?;
        if docs.by_path.get(&entry.path) == Some(uri) {
            docs.by_path.remove(&entry.path);
        }
        Some((entry.path, entry.kata))
    }

    /// Stores the diagnostics of `version` unless the document moved on.
    pub fn store_live(
        &self,
        uri: &Uri,
        version: i32,
        live: Vec<Diagnostic>,
    ) -> Option<(PathBuf, Arc<KataCtx>)> {
        let mut docs = self.docs();
        let entry = docs.by_uri.get_mut(uri)?;
        if entry.doc.version != version {
            return None;
        }
        entry.live = live;
        entry.live_version = version;
        Some((entry.path.clone(), entry.kata.clone()))
    }

    /// Cancels every run and waits (bounded) until their processes are gone.
    pub async fn stop_runs(&self) {
        self.shutdown.cancel();
        self.runs.cancel_all_and_wait(SHUTDOWN_GRACE).await;
    }
}

/// The check slots: one check at a time per kata crate. A new request
/// cancels the check in flight and queues behind it.
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

impl Slot {
    fn current(&self) -> MutexGuard<'_, Option<CancellationToken>> {
        self.current.lock()
    }
}

impl Runs {
    fn slots(&self) -> MutexGuard<'_, HashMap<PathBuf, Arc<Slot>>> {
        self.slots.lock()
    }

    fn tasks(&self) -> MutexGuard<'_, Vec<JoinHandle<()>>> {
        self.tasks.lock()
    }

    /// Starts `job` for the crate `crate_dir`, cancelling the one in
    /// flight; it runs once that one has ended, unless cancelled by then,
    /// with its cancellation token (a child of `shutdown`) and its number.
    /// Returns at once: the run is a task of its own.
    pub fn request<F, Fut>(&self, shutdown: &CancellationToken, crate_dir: PathBuf, job: F)
    where
        F: FnOnce(CancellationToken, u64) -> Fut + Send + 'static,
        Fut: Future<Output = ()> + Send + 'static,
    {
        if shutdown.is_cancelled() {
            return;
        }
        let slot = self.slots().entry(crate_dir).or_default().clone();
        let token = shutdown.child_token();
        if let Some(old) = slot.current().replace(token.clone()) {
            old.cancel();
        }
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let handle = tokio::spawn(async move {
            let _serial = slot.serial.lock().await;
            if token.is_cancelled() {
                return;
            }
            job(token, n).await;
        });
        let mut tasks = self.tasks();
        tasks.retain(|t| !t.is_finished());
        tasks.push(handle);
    }

    /// Cancels every run and waits, at most `grace`, for them to end (their
    /// processes killed and reaped).
    pub async fn cancel_all_and_wait(&self, grace: Duration) {
        for slot in self.slots().values() {
            if let Some(token) = slot.current().as_ref() {
                token.cancel();
            }
        }
        let tasks = std::mem::take(&mut *self.tasks());
        let all = async {
            for task in tasks {
                let _ = task.await;
            }
        };
        if tokio::time::timeout(grace, all).await.is_err() {
            super::log(format_args!("some test runs did not stop within {grace:?}"));
        }
    }
}
