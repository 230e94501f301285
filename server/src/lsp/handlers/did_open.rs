//! `textDocument/didOpen`: a Rust file of a started kata is tracked, and
//! its keystroke analysis task (`super::super::live`) starts; the client
//! is told the kata's status (`kata/statusChanged`). Synchronous: the
//! document is stored before the next notification is handled.

use super::super::documents::Document;
use super::super::live::analysis_loop;
use super::super::state::{uri_path, DocEntry, State};
use std::sync::Arc;
use tokio::sync::watch;
use tower_lsp_server::ls_types::DidOpenTextDocumentParams;

pub fn did_open(state: &Arc<State>, params: DidOpenTextDocumentParams) {
    let doc = params.text_document;
    let Some(path) = uri_path(&doc.uri) else {
        return;
    };
    if path.extension().is_none_or(|e| e != "rs") {
        return;
    }
    let Some(kata) = state.kata_for_path(&path) else {
        return;
    };
    let role = kata.role(&path);
    let (tx, mut rx) = watch::channel(doc.version);
    rx.mark_changed();
    let entry = DocEntry::new(
        Document::new(&doc.text, doc.version),
        path,
        kata.clone(),
        role,
        tx,
    );
    state.open_document(doc.uri.clone(), entry);
    tokio::spawn(analysis_loop(state.clone(), doc.uri, rx));
    let state = state.clone();
    tokio::spawn(async move { state.status_changed(&kata).await });
}
