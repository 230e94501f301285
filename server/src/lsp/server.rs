//! The handlers and the state they share.
//!
//! tower-lsp-server runs handlers concurrently, so every notification that
//! changes state (`didOpen`, `didChange`, `didClose`, `didSave`) does its
//! work synchronously, before its first `.await`: edits are applied in the
//! order they arrive. Slow work (analysis, test runs) is spawned.

use super::capabilities::{server_capabilities, ClientCaps, Config};
use super::diagnostics::{self, from_findings};
use super::documents::Document;
use super::katas::{KataCtx, Role};
use super::runs::Runs;
use super::to_proto::Encoding;
use super::{commands, ext, hover, lenses, log};
use crate::analysis;
use crate::catalog::Pack;
use crate::practice::Workspace;
use parking_lot::{Mutex, RwLock};
use ropey::Rope;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio_util::sync::CancellationToken;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};
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

struct DocEntry {
    doc: Document,
    path: PathBuf,
    kata: Arc<KataCtx>,
    role: Role,
    /// Keystroke diagnostics of the last analysed version.
    live: Vec<Diagnostic>,
    /// Wakes the document's analysis task with the latest version.
    tx: watch::Sender<i32>,
}

#[derive(Default)]
struct Documents {
    by_uri: HashMap<Uri, DocEntry>,
    by_path: HashMap<PathBuf, Uri>,
}

pub struct Inner {
    pub client: Client,
    pub pack: Pack,
    session: RwLock<Session>,
    docs: Mutex<Documents>,
    katas: Mutex<HashMap<PathBuf, Arc<KataCtx>>>,
    pub runs: Runs,
    /// Composing and sending a file's diagnostics happen under this lock,
    /// so the last state is always the last one published.
    publish_lock: tokio::sync::Mutex<()>,
    pub shutdown: CancellationToken,
}

/// A consistent view of one open document for a request.
pub struct Snapshot {
    pub uri: Uri,
    pub rope: Rope,
    pub text: String,
    pub tree: Option<Tree>,
    pub kata: Arc<KataCtx>,
    pub role: Role,
    pub enc: Encoding,
}

/// A file path for a `file:` URI.
pub fn uri_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

impl Inner {
    pub fn new(client: Client, pack: Pack) -> Inner {
        Inner {
            client,
            pack,
            session: RwLock::new(Session::default()),
            docs: Mutex::new(Documents::default()),
            katas: Mutex::new(HashMap::new()),
            runs: Runs::default(),
            publish_lock: tokio::sync::Mutex::new(()),
            shutdown: CancellationToken::new(),
        }
    }

    pub fn session(&self) -> Session {
        self.session.read().clone()
    }

    fn update_session(&self, f: impl FnOnce(&mut Session)) {
        f(&mut self.session.write());
    }

    /// The started kata `path` belongs to (cached per crate).
    pub fn kata_for_path(&self, path: &Path) -> Option<Arc<KataCtx>> {
        let (crate_dir, id) = KataCtx::for_path(&self.pack, path)?;
        let mut katas = self.katas.lock();
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
        if let Some(entry) = self.docs.lock().by_uri.get(uri) {
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

    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        let enc = self.session().enc;
        let mut docs = self.docs.lock();
        let entry = docs.by_uri.get_mut(uri)?;
        let tree = entry.doc.tree().cloned();
        let text = if tree.is_some() {
            entry.doc.text()
        } else {
            String::new()
        };
        Some(Snapshot {
            uri: uri.clone(),
            rope: entry.doc.rope().clone(),
            text,
            tree,
            kata: entry.kata.clone(),
            role: entry.role,
            enc,
        })
    }

    /// Publishes a file's diagnostics: the keystroke ones of its open
    /// document plus the last run's.
    pub async fn publish(&self, path: &Path, kata: &KataCtx) {
        let _guard = self.publish_lock.lock().await;
        let (uri, mut diags, version) = {
            let docs = self.docs.lock();
            match docs
                .by_path
                .get(path)
                .and_then(|u| docs.by_uri.get(u).map(|e| (u, e)))
            {
                Some((uri, entry)) => (uri.clone(), entry.live.clone(), Some(entry.doc.version)),
                None => match Uri::from_file_path(path) {
                    Some(uri) => (uri, Vec::new(), None),
                    None => return,
                },
            }
        };
        let enc = self.session().enc;
        diags.extend(kata.run_diagnostics(path, |outcome| {
            diagnostics::from_outcome(outcome, kata, enc, &mut super::runs::read_file)
        }));
        self.client.publish_diagnostics(uri, diags, version).await;
    }

    fn open(self: &Arc<Self>, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let Some(path) = uri_path(&doc.uri) else {
            return;
        };
        if path.extension().is_none_or(|e| e != "rs") {
            return;
        }
        let Some(kata) = self.kata_for_path(&path) else {
            return;
        };
        let role = kata.role(&path);
        let (tx, mut rx) = watch::channel(doc.version);
        rx.mark_changed();
        let entry = DocEntry {
            doc: Document::new(&doc.text, doc.version),
            path: path.clone(),
            kata,
            role,
            live: Vec::new(),
            tx,
        };
        {
            let mut docs = self.docs.lock();
            if let Some(old) = docs.by_path.insert(path, doc.uri.clone()) {
                if old != doc.uri {
                    docs.by_uri.remove(&old);
                }
            }
            docs.by_uri.insert(doc.uri.clone(), entry);
        }
        tokio::spawn(analysis_loop(self.clone(), doc.uri, rx));
    }

    fn change(&self, params: DidChangeTextDocumentParams) {
        let enc = self.session().enc;
        let mut docs = self.docs.lock();
        let Some(entry) = docs.by_uri.get_mut(&params.text_document.uri) else {
            return;
        };
        for change in &params.content_changes {
            entry.doc.apply(change, enc);
        }
        entry.doc.version = params.text_document.version;
        entry.tx.send_replace(params.text_document.version);
    }

    /// Removes the document; returns its path and kata for a last publish.
    fn close(&self, uri: &Uri) -> Option<(PathBuf, Arc<KataCtx>)> {
        let mut docs = self.docs.lock();
        let entry = docs.by_uri.remove(uri)?;
        if docs.by_path.get(&entry.path) == Some(uri) {
            docs.by_path.remove(&entry.path);
        }
        Some((entry.path, entry.kata))
    }

    fn analysis_job(&self, uri: &Uri) -> Option<AnalysisJob> {
        let enc = self.session().enc;
        let mut docs = self.docs.lock();
        let entry = docs.by_uri.get_mut(uri)?;
        let tree = entry.doc.tree().cloned();
        Some(AnalysisJob {
            uri: uri.clone(),
            version: entry.doc.version,
            text: if tree.is_some() {
                entry.doc.text()
            } else {
                String::new()
            },
            len: entry.doc.len(),
            rope: entry.doc.rope().clone(),
            tree,
            kata: entry.kata.clone(),
            role: entry.role,
            enc,
        })
    }

    /// Stores the diagnostics of `version` unless the document moved on.
    fn store_live(
        &self,
        uri: &Uri,
        version: i32,
        live: Vec<Diagnostic>,
    ) -> Option<(PathBuf, Arc<KataCtx>)> {
        let mut docs = self.docs.lock();
        let entry = docs.by_uri.get_mut(uri)?;
        if entry.doc.version != version {
            return None;
        }
        entry.live = live;
        Some((entry.path.clone(), entry.kata.clone()))
    }

    /// Cancels every run and waits (bounded) until their processes are gone.
    pub async fn stop_runs(&self) {
        self.shutdown.cancel();
        self.runs.cancel_all_and_wait(SHUTDOWN_GRACE).await;
    }
}

struct AnalysisJob {
    uri: Uri,
    version: i32,
    text: String,
    len: usize,
    rope: Rope,
    tree: Option<Tree>,
    kata: Arc<KataCtx>,
    role: Role,
    enc: Encoding,
}

impl AnalysisJob {
    fn run(&self) -> Vec<Diagnostic> {
        let Some(tree) = &self.tree else {
            return vec![diagnostics::diagnostic(
                Range::default(),
                DiagnosticSeverity::INFORMATION,
                "kata/too-large",
                format!(
                    "this file is {:.1} MB, too large for kata's keystroke checks (limit {} MB); tests still run on save",
                    self.len as f64 / 1e6,
                    super::documents::MAX_PARSED_BYTES >> 20
                ),
            )];
        };
        let mut findings = match self.role {
            Role::Solution => analysis::check(&self.text, tree, &self.kata.rules),
            Role::Other => analysis::syntax_errors(&self.text, tree),
        };
        if self.role == Role::Solution
            && !findings.iter().any(|f| f.code.starts_with("complexity/"))
        {
            let estimates = super::katas::estimates(&self.text, tree);
            findings.extend(analysis::complexity::complexity_findings(
                &estimates,
                &self.kata.kata.spec.targets,
            ));
        }
        findings.sort_by_key(|f| (f.range.start, f.range.end));
        from_findings(&findings, &self.rope, self.enc, &self.uri)
    }
}

/// One task per open document: analyses the latest version whenever it
/// changes. Changes that arrive during an analysis (or the configured
/// delay) are coalesced into the next one.
async fn analysis_loop(inner: Arc<Inner>, uri: Uri, mut rx: watch::Receiver<i32>) {
    while rx.changed().await.is_ok() {
        let delay = inner.session().config.diagnostics_delay;
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        rx.borrow_and_update();
        let Some(job) = inner.analysis_job(&uri) else {
            return;
        };
        let diags = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run())) {
            Ok(diags) => diags,
            Err(_) => {
                log(format_args!(
                    "analysis of {} panicked; skipped",
                    uri.as_str()
                ));
                continue;
            }
        };
        if let Some((path, kata)) = inner.store_live(&uri, job.version, diags) {
            inner.publish(&path, &kata).await;
        }
    }
}

/// The `LanguageServer` implementation: a thin layer over `Inner`.
pub struct Server(pub Arc<Inner>);

impl Server {
    pub fn new(client: Client, pack: Pack) -> Server {
        Server(Arc::new(Inner::new(client, pack)))
    }

    pub async fn list(&self, params: ext::ListParams) -> Result<Vec<ext::KataEntry>> {
        ext::list(&self.0, params)
    }

    pub async fn start(&self, params: ext::StartParams) -> Result<ext::StartResult> {
        ext::start(&self.0, params)
    }

    pub async fn status(&self, params: ext::StatusParams) -> Result<ext::StatusResult> {
        ext::status(&self.0, params)
    }
}

impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let enc = Encoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let mut config = Config::default();
        if let Some(options) = &params.initialization_options {
            config.update(options);
        }
        let mut roots: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| uri_path(&f.uri))
            .collect();
        #[allow(deprecated)]
        if let Some(root) = params.root_uri.as_ref().and_then(uri_path) {
            roots.push(root);
        }
        self.0.update_session(|s| {
            *s = Session {
                enc,
                caps: ClientCaps::from(&params.capabilities),
                config,
                roots,
            }
        });
        Ok(InitializeResult {
            capabilities: server_capabilities(enc),
            server_info: Some(ServerInfo {
                name: "kata".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn shutdown(&self) -> Result<()> {
        self.0.stop_runs().await;
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        self.0.open(params);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        self.0.change(params);
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        if !self.0.session().config.run_on_save {
            return;
        }
        let Some(path) = uri_path(&params.text_document.uri) else {
            return;
        };
        let relevant = path.extension().is_some_and(|e| e == "rs")
            || path.file_name().is_some_and(|n| n == "Cargo.toml");
        if !relevant {
            return;
        }
        if let Some(kata) = self.0.kata_for_path(&path) {
            self.0.runs.request(&self.0, kata);
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        if let Some((path, kata)) = self.0.close(&params.text_document.uri) {
            self.0.publish(&path, &kata).await;
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let before = self.0.session();
        self.0.update_session(|s| s.config.update(&params.settings));
        let after = self.0.session();
        if before.config.inlay_hints != after.config.inlay_hints && after.caps.inlay_hint_refresh {
            let _ = self.0.client.inlay_hint_refresh().await;
        }
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        Ok(self
            .0
            .snapshot(&p.text_document.uri)
            .and_then(|s| hover::hover(&s, p.position)))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        Ok(self
            .0
            .snapshot(&params.text_document.uri)
            .map(|s| lenses::code_lenses(&s)))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        Ok(self
            .0
            .snapshot(&params.text_document.uri)
            .map(|s| lenses::code_actions(&s, &params.context)))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        if !self.0.session().config.inlay_hints {
            return Ok(None);
        }
        Ok(self
            .0
            .snapshot(&params.text_document.uri)
            .map(|s| lenses::inlay_hints(&s, params.range)))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if self.0.shutdown.is_cancelled() {
            return Err(Error::invalid_request());
        }
        commands::execute(&self.0, params).await
    }
}
