//! `kata/list`: the catalogue, as `kata list --json` shows it, with each
//! started kata's file as a URI.

use super::super::ext::{uri_string, KataEntry, ListParams};
use super::super::state::State;
use crate::engine::actions::{self, CatalogueFilter};
use tower_lsp_server::jsonrpc::Result;

pub fn kata_list(state: &State, params: ListParams) -> Result<Vec<KataEntry>> {
    let ws = state.workspace(None);
    let filter = CatalogueFilter {
        topic: params.topic,
        difficulty: params.difficulty,
    };
    Ok(actions::catalogue(&state.pack, ws.as_ref(), &filter)
        .into_iter()
        .map(|mut row| KataEntry {
            // The editor needs the file as a URI, not as a path.
            uri: row.lib_path.take().as_deref().and_then(uri_string),
            row,
        })
        .collect())
}
