//! The `LanguageServer` implementation: dispatch only. Each method hands
//! its parameters to one handler (`super::handlers`), on a snapshot of the
//! document for requests about one document, else on the state.

use super::ext::{KataEntry, ListParams, StartParams, StartResult, StatusParams, StatusResult};
use super::handlers::{self, DocumentRequest};
use super::state::{Snapshot, State};
use crate::catalog::Pack;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

pub struct Server(pub Arc<State>);

impl Server {
    pub fn new(client: Client, pack: Pack) -> Server {
        Server(Arc::new(State::new(client, pack)))
    }

    /// Runs `handler` on a snapshot of the document `params` is about;
    /// `None` when it is not open (or not a file of a started kata).
    fn on_snapshot<P: DocumentRequest, R>(
        &self,
        params: P,
        handler: fn(&Snapshot, P) -> Option<R>,
    ) -> Result<Option<R>> {
        let snapshot = self.0.snapshot(params.uri());
        Ok(snapshot.and_then(|s| handler(&s, params)))
    }

    pub async fn list(&self, params: ListParams) -> Result<Vec<KataEntry>> {
        handlers::kata_list(&self.0, params)
    }

    pub async fn start(&self, params: StartParams) -> Result<StartResult> {
        handlers::kata_start(&self.0, params).await
    }

    pub async fn status(&self, params: StatusParams) -> Result<StatusResult> {
        handlers::kata_status(&self.0, params)
    }
}

impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        handlers::initialize(&self.0, params)
    }

    async fn shutdown(&self) -> Result<()> {
        handlers::shutdown(&self.0).await
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        handlers::did_open(&self.0, params);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        handlers::did_change(&self.0, params);
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        handlers::did_save(&self.0, params);
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        handlers::did_close(&self.0, params).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        handlers::did_change_configuration(&self.0, params).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        self.on_snapshot(params, handlers::hover)
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        self.on_snapshot(params, handlers::code_lens)
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        self.on_snapshot(params, handlers::code_action)
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        self.on_snapshot(params, handlers::inlay_hint)
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<LSPAny>> {
        handlers::execute_command(&self.0, params).await
    }
}
