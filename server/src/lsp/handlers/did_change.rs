//! `textDocument/didChange`: applies the edits, in order, and wakes the
//! document's analysis task; a change older than the document is ignored
//! (`State::change_document`). Synchronous: edits are applied in the order
//! they arrive.

use super::super::state::State;
use tower_lsp_server::ls_types::DidChangeTextDocumentParams;

pub fn did_change(state: &State, params: DidChangeTextDocumentParams) {
    let doc = params.text_document;
    state.change_document(&doc.uri, doc.version, &params.content_changes);
}
