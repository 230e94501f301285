//! `shutdown`: cancels every check and waits (bounded) for its processes.

use super::super::state::State;
use tower_lsp_server::jsonrpc::Result;

pub async fn shutdown(state: &State) -> Result<()> {
    state.stop_runs().await;
    Ok(())
}
