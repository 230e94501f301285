//! `textDocument/didClose`: forgets the document (before the first
//! `.await`), then publishes the file once more without its keystroke
//! diagnostics.

use super::super::state::State;
use tower_lsp_server::ls_types::DidCloseTextDocumentParams;

pub async fn did_close(state: &State, params: DidCloseTextDocumentParams) {
    if let Some((path, kata)) = state.close_document(&params.text_document.uri) {
        state.publish(&path, &kata).await;
    }
}
