//! `kata/start`: starts a kata in the open practice workspace and pushes
//! its status (`kata/statusChanged`).

use super::super::ext::{uri_string, StartParams, StartResult};
use super::super::state::State;
use crate::engine::actions;
use crate::practice::{StartOutcome, Workspace};
use tower_lsp_server::jsonrpc::{Error, Result};

fn workspace(state: &State) -> Result<Workspace> {
    state.workspace(None).ok_or_else(|| {
        Error::invalid_params(
            "no practice workspace is open: open a folder inside one (create it with `kata init DIR`)",
        )
    })
}

pub async fn kata_start(state: &State, params: StartParams) -> Result<StartResult> {
    let ws = workspace(state)?;
    let kata = state.pack.get(&params.id).ok_or_else(|| {
        let mut message = format!(
            "there is no kata `{}` in the {}",
            params.id, state.pack.source
        );
        if let Some(close) = state.pack.closest(&params.id) {
            message.push_str(&format!("; did you mean `{close}`?"));
        }
        Error::invalid_params(message)
    })?;
    let outcome = actions::start(&ws, kata).map_err(|e| Error::invalid_params(e.to_string()))?;
    let (dir, created) = match outcome {
        StartOutcome::Created(dir) => (dir, true),
        StartOutcome::AlreadyStarted(dir) => (dir, false),
    };
    if let Some(started) = state.kata_for_path(&dir.join("src").join("lib.rs")) {
        state.status_changed(&started).await;
    }
    Ok(StartResult {
        id: kata.id().to_string(),
        uri: uri_string(&dir.join("src").join("lib.rs")),
        readme: uri_string(&dir.join("README.md")),
        created,
    })
}
