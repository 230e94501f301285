//! The handlers (the state they share is `super::state`).
//!
//! tower-lsp-server runs handlers concurrently, so every notification that
//! changes state (`didOpen`, `didChange`, `didClose`, `didSave`) does its
//! work synchronously, before its first `.await`: edits are applied in the
//! order they arrive. Slow work (analysis, test runs) is spawned.

use super::capabilities::{server_capabilities, ClientCaps, Config};
use super::documents::Document;
use super::live::analysis_loop;
use super::state::{uri_path, DocEntry, Session, State};
use super::to_proto::Encoding;
use super::{commands, ext, hover, lenses, runs};
use crate::catalog::Pack;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::watch;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

/// The `LanguageServer` implementation: a thin layer over `State`.
pub struct Server(pub Arc<State>);

impl Server {
    pub fn new(client: Client, pack: Pack) -> Server {
        Server(Arc::new(State::new(client, pack)))
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
        let doc = params.text_document;
        let Some(path) = uri_path(&doc.uri) else {
            return;
        };
        if path.extension().is_none_or(|e| e != "rs") {
            return;
        }
        let Some(kata) = self.0.kata_for_path(&path) else {
            return;
        };
        let role = kata.role(&path);
        let (tx, mut rx) = watch::channel(doc.version);
        rx.mark_changed();
        let entry = DocEntry::new(Document::new(&doc.text, doc.version), path, kata, role, tx);
        self.0.open_document(doc.uri.clone(), entry);
        tokio::spawn(analysis_loop(self.0.clone(), doc.uri, rx));
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let doc = params.text_document;
        self.0
            .change_document(&doc.uri, doc.version, &params.content_changes);
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
            runs::request(&self.0, kata);
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        if let Some((path, kata)) = self.0.close_document(&params.text_document.uri) {
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
        Ok(self
            .0
            .snapshot(&params.text_document.uri)
            .filter(|s| s.config.inlay_hints)
            .map(|s| lenses::inlay_hints(&s, params.range)))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        if self.0.shutdown.is_cancelled() {
            return Err(Error::invalid_request());
        }
        commands::execute(&self.0, params).await
    }
}
