//! `workspace/executeCommand`: carries out the `kata.server.*` commands
//! (`super::super::commands`) behind code lenses and code actions. Refused
//! once `shutdown` began. A command that changes a kata's progress (hint,
//! reset, reveal, start) pushes its status (`kata/statusChanged`).

use super::super::commands::{Cmd, COMMANDS};
use super::super::katas::KataCtx;
use super::super::log;
use super::super::runs;
use super::super::state::State;
use crate::engine::actions;
use crate::practice::StartOutcome;
use serde_json::{json, Value};
use std::path::Path;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    ExecuteCommandParams, MessageActionItem, MessageType, ShowDocumentParams, Uri,
};

fn arg_uri(args: &[Value]) -> Option<Uri> {
    let first = args.first()?;
    let s = first
        .as_str()
        .or_else(|| first.get("uri").and_then(Value::as_str))?;
    s.parse().ok()
}

fn kata_of(state: &State, args: &[Value]) -> Result<Arc<KataCtx>> {
    let uri = arg_uri(args).ok_or_else(|| {
        Error::invalid_params("expected the URI of a kata file as the first argument")
    })?;
    state.kata_for_uri(&uri).ok_or_else(|| {
        Error::invalid_params(format!("{} is not a file of a started kata", uri.as_str()))
    })
}

fn internal(e: impl std::fmt::Display) -> Error {
    let mut error = Error::internal_error();
    error.message = e.to_string().into();
    error
}

pub async fn execute_command(
    state: &Arc<State>,
    params: ExecuteCommandParams,
) -> Result<Option<Value>> {
    if state.shutdown.is_cancelled() {
        return Err(Error::invalid_request());
    }
    let Some(cmd) = Cmd::from_name(&params.command) else {
        return Err(Error::invalid_params(format!(
            "unknown command `{}`; known: {}",
            params.command,
            COMMANDS.join(", ")
        )));
    };
    let args = &params.arguments;
    let result = match cmd {
        Cmd::ShowHint => show_hint(state, &*kata_of(state, args)?).await?,
        Cmd::RunTests => {
            runs::request(state, kata_of(state, args)?);
            json!({ "started": true })
        }
        Cmd::Reset => reset(state, &*kata_of(state, args)?).await?,
        Cmd::RevealSolution => reveal(state, &*kata_of(state, args)?).await?,
        Cmd::StartNext => {
            let current = arg_uri(args).and_then(|u| state.kata_for_uri(&u));
            start_next(state, current.as_deref()).await?
        }
        Cmd::OpenPrompt => open_prompt(state, &*kata_of(state, args)?).await?,
    };
    Ok(Some(result))
}

async fn refresh_lenses(state: &State) {
    if state.session().caps.code_lens_refresh {
        let _ = state.client.code_lens_refresh().await;
    }
}

async fn show_hint(state: &State, kata: &KataCtx) -> Result<Value> {
    let hint = match &kata.workspace {
        Some(ws) => actions::next_hint(ws, &kata.kata).map_err(internal)?,
        // Outside a workspace nothing is recorded: always the first hint.
        None => kata.kata.spec.hints.first().map(|h| actions::Hint {
            index: 1,
            total: kata.kata.spec.hints.len(),
            text: h.text.trim().to_string(),
        }),
    };
    let Some(hint) = hint else {
        state
            .client
            .show_message(
                MessageType::INFO,
                format!("kata `{}` has no hints", kata.id()),
            )
            .await;
        return Ok(json!({ "index": 0, "total": 0 }));
    };
    state
        .client
        .show_message(
            MessageType::INFO,
            format!(
                "kata `{}`, hint {}/{}: {}",
                kata.id(),
                hint.index,
                hint.total,
                hint.text
            ),
        )
        .await;
    state.status_changed(kata).await;
    refresh_lenses(state).await;
    Ok(json!({ "index": hint.index, "total": hint.total, "text": hint.text }))
}

async fn confirm(state: &State, message: String, action: &str) -> bool {
    let answer = state
        .client
        .show_message_request(
            MessageType::WARNING,
            message,
            Some(vec![
                MessageActionItem {
                    title: action.to_string(),
                    properties: Default::default(),
                },
                MessageActionItem {
                    title: "Cancel".to_string(),
                    properties: Default::default(),
                },
            ]),
        )
        .await;
    matches!(answer, Ok(Some(item)) if item.title == action)
}

async fn reset(state: &State, kata: &KataCtx) -> Result<Value> {
    let ws = kata.workspace.clone().ok_or_else(|| {
        Error::invalid_params("this kata crate is not inside a practice workspace")
    })?;
    let question = format!(
        "Reset kata `{}` to its starter files? Your src/ and tests/ are backed up under .kata/backups/ first.",
        kata.id()
    );
    if !confirm(state, question, "Reset").await {
        return Ok(json!({ "reset": false }));
    }
    let backup = actions::reset(&ws, &kata.kata).map_err(internal)?;
    // The last check described the code that is gone: drop it everywhere.
    for path in kata.set_outcome(None, Default::default()) {
        state.publish(&path, kata).await;
    }
    state.status_changed(kata).await;
    refresh_lenses(state).await;
    state
        .client
        .show_message(
            MessageType::INFO,
            format!(
                "kata `{}` was reset; your files are in {}",
                kata.id(),
                backup.display()
            ),
        )
        .await;
    Ok(json!({ "reset": true, "backup": backup }))
}

async fn show(state: &State, path: &Path) -> Option<Uri> {
    let uri = Uri::from_file_path(path)?;
    if state.session().caps.show_document {
        let shown = state
            .client
            .show_document(ShowDocumentParams {
                uri: uri.clone(),
                external: None,
                take_focus: Some(true),
                selection: None,
            })
            .await;
        if !matches!(shown, Ok(true)) {
            log(format_args!("the client did not open {}", uri.as_str()));
        }
    } else {
        state
            .client
            .show_message(MessageType::INFO, format!("kata: open {}", path.display()))
            .await;
    }
    Some(uri)
}

async fn reveal(state: &State, kata: &KataCtx) -> Result<Value> {
    let ws = kata.workspace.clone().ok_or_else(|| {
        Error::invalid_params("this kata crate is not inside a practice workspace")
    })?;
    if !actions::may_see_solution(&kata.progress()) {
        let question = format!(
            "Reveal the reference solution of `{}`? The kata is not solved yet; revealing it is recorded in your progress.",
            kata.id()
        );
        if !confirm(state, question, "Reveal").await {
            return Ok(json!({ "revealed": false }));
        }
    }
    let (_, path) = actions::reveal_solution(&ws, &kata.kata, true).map_err(internal)?;
    state.status_changed(kata).await;
    let uri = show(state, &path).await;
    Ok(json!({ "revealed": true, "uri": uri.map(|u| u.as_str().to_string()) }))
}

async fn open_prompt(state: &State, kata: &KataCtx) -> Result<Value> {
    let path = kata.crate_dir.join("README.md");
    if !path.is_file() {
        std::fs::write(&path, kata.kata.prompt()).map_err(internal)?;
    }
    let uri = show(state, &path).await;
    Ok(json!({ "uri": uri.map(|u| u.as_str().to_string()) }))
}

async fn start_next(state: &Arc<State>, current: Option<&KataCtx>) -> Result<Value> {
    let ws = state.workspace(current).ok_or_else(|| {
        Error::invalid_params("no practice workspace is open (create one with `kata init`)")
    })?;
    let progress = ws.progress().read().map_err(internal)?;
    let next = actions::recommend(&state.pack, &progress, current.map(|c| &c.kata))
        .ok_or_else(|| Error::invalid_params("every kata of the pack is solved: well done"))?;
    let started = actions::start(&ws, next).map_err(internal)?;
    let lib = match &started {
        StartOutcome::Created(dir) | StartOutcome::AlreadyStarted(dir) => {
            dir.join("src").join("lib.rs")
        }
    };
    state
        .client
        .show_message(
            MessageType::INFO,
            format!("kata: started `{}`: {}", next.id(), next.spec.title),
        )
        .await;
    if let Some(started) = state.kata_for_path(&lib) {
        state.status_changed(&started).await;
    }
    let uri = show(state, &lib).await;
    Ok(json!({ "id": next.id(), "uri": uri.map(|u| u.as_str().to_string()) }))
}
