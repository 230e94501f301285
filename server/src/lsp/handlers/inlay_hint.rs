//! `textDocument/inlayHint`: the complexity target (and the static
//! estimate) at the end of each graded function, unless switched off
//! (`inlayHints`).

use super::super::katas::{estimate_of, estimates};
use super::super::lenses::{complexity_label, graded};
use super::super::state::Snapshot;
use super::super::to_proto;
use super::DocumentRequest;
use tower_lsp_server::ls_types::{
    InlayHint, InlayHintLabel, InlayHintParams, InlayHintTooltip, Uri,
};

impl DocumentRequest for InlayHintParams {
    fn uri(&self) -> &Uri {
        &self.text_document.uri
    }
}

pub fn inlay_hint(s: &Snapshot, params: InlayHintParams) -> Option<Vec<InlayHint>> {
    if !s.config.inlay_hints {
        return None;
    }
    let wanted = to_proto::offsets(&s.rope, s.enc, params.range);
    let estimates = match &s.tree {
        Some(tree) => estimates(&s.text, tree),
        None => Vec::new(),
    };
    let hints = graded(&s.kata, s.role, &s.text, s.tree.as_ref())
        .into_iter()
        .filter(|item| wanted.start <= item.item.end && item.item.end <= wanted.end)
        .map(|item| InlayHint {
            position: to_proto::position(&s.rope, s.enc, item.item.end),
            label: InlayHintLabel::String(match estimate_of(&estimates, &item) {
                Some(estimate) => format!("{} · estimate {estimate}", complexity_label(&item)),
                None => complexity_label(&item),
            }),
            kind: None,
            text_edits: None,
            tooltip: Some(InlayHintTooltip::String(format!(
                "The kata `{}` grades `{}`: it must run in {}.",
                s.kata.id(),
                item.target.item,
                item.target.time
            ))),
            padding_left: Some(true),
            padding_right: None,
            data: None,
        })
        .collect();
    Some(hints)
}
