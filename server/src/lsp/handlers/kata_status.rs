//! `kata/status`: what the server knows of the kata of a file.

use super::super::ext::{status_of, StatusParams, StatusResult};
use super::super::state::State;
use tower_lsp_server::jsonrpc::{Error, Result};

pub fn kata_status(state: &State, params: StatusParams) -> Result<StatusResult> {
    let kata = state.kata_for_uri(&params.uri).ok_or_else(|| {
        Error::invalid_params(format!(
            "{} is not a file of a started kata",
            params.uri.as_str()
        ))
    })?;
    Ok(status_of(&kata, state.session().enc))
}
