//! `textDocument/hover`: the hover text of `super::super::hover` at the
//! position.

use super::super::hover::hover_at;
use super::super::state::Snapshot;
use super::super::to_proto;
use super::DocumentRequest;
use tower_lsp_server::ls_types::{
    Hover, HoverContents, HoverParams, MarkupContent, MarkupKind, Uri,
};

impl DocumentRequest for HoverParams {
    fn uri(&self) -> &Uri {
        &self.text_document_position_params.text_document.uri
    }
}

pub fn hover(s: &Snapshot, params: HoverParams) -> Option<Hover> {
    let position = params.text_document_position_params.position;
    let tree = s.tree.as_ref()?;
    let offset = to_proto::offset(&s.rope, s.enc, position);
    let (markdown, range) = hover_at(&s.kata, s.role, &s.text, tree, offset)?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(to_proto::range(&s.rope, s.enc, range)),
    })
}
