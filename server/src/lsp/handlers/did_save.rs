//! `textDocument/didSave`: saving a Rust file or `Cargo.toml` of a started
//! kata starts a check (`super::super::runs`), unless `runOnSave` is off.

use super::super::runs;
use super::super::state::{uri_path, State};
use std::sync::Arc;
use tower_lsp_server::ls_types::DidSaveTextDocumentParams;

pub fn did_save(state: &Arc<State>, params: DidSaveTextDocumentParams) {
    if !state.session().config.run_on_save {
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
    if let Some(kata) = state.kata_for_path(&path) {
        runs::request(state, kata);
    }
}
