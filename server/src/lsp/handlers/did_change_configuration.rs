//! `workspace/didChangeConfiguration`: updates the settings (before the
//! first `.await`); asks the client to refresh its inlay hints when they
//! were switched on or off.

use super::super::state::State;
use tower_lsp_server::ls_types::DidChangeConfigurationParams;

pub async fn did_change_configuration(state: &State, params: DidChangeConfigurationParams) {
    let before = state.session();
    state.update_session(|s| s.config.update(&params.settings));
    let after = state.session();
    if before.config.inlay_hints != after.config.inlay_hints && after.caps.inlay_hint_refresh {
        let _ = state.client.inlay_hint_refresh().await;
    }
}
