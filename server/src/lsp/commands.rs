//! `workspace/executeCommand`: the `kata.server.*` commands behind code
//! lenses and code actions. Every command takes the URI of a file of the
//! kata as its first argument (a string, or `{"uri": "..."}`);
//! `startNext` may omit it.

use super::katas::KataCtx;
use super::state::State;
use crate::engine::actions;
use crate::practice::StartOutcome;
use serde_json::{json, Value};
use std::path::Path;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    ExecuteCommandParams, MessageActionItem, MessageType, ShowDocumentParams, Uri,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    ShowHint,
    RunTests,
    Reset,
    RevealSolution,
    StartNext,
    OpenPrompt,
}

const ALL: [Cmd; 6] = [
    Cmd::ShowHint,
    Cmd::RunTests,
    Cmd::Reset,
    Cmd::RevealSolution,
    Cmd::StartNext,
    Cmd::OpenPrompt,
];

pub const COMMANDS: [&str; 6] = [
    Cmd::ShowHint.name(),
    Cmd::RunTests.name(),
    Cmd::Reset.name(),
    Cmd::RevealSolution.name(),
    Cmd::StartNext.name(),
    Cmd::OpenPrompt.name(),
];

impl Cmd {
    pub const fn name(self) -> &'static str {
        match self {
            Cmd::ShowHint => "kata.server.showHint",
            Cmd::RunTests => "kata.server.runTests",
            Cmd::Reset => "kata.server.reset",
            Cmd::RevealSolution => "kata.server.revealSolution",
            Cmd::StartNext => "kata.server.startNext",
            Cmd::OpenPrompt => "kata.server.openPrompt",
        }
    }

    fn from_name(name: &str) -> Option<Cmd> {
        ALL.into_iter().find(|c| c.name() == name)
    }
}

fn arg_uri(args: &[Value]) -> Option<Uri> {
    let first = args.first()?;
    let s = first
        .as_str()
        .or_else(|| first.get("uri").and_then(Value::as_str))?;
    s.parse().ok()
}

fn kata_of(inner: &State, args: &[Value]) -> Result<Arc<KataCtx>> {
    let uri = arg_uri(args).ok_or_else(|| {
        Error::invalid_params("expected the URI of a kata file as the first argument")
    })?;
    inner.kata_for_uri(&uri).ok_or_else(|| {
        Error::invalid_params(format!("{} is not a file of a started kata", uri.as_str()))
    })
}

fn internal(e: impl std::fmt::Display) -> Error {
    let mut error = Error::internal_error();
    error.message = e.to_string().into();
    error
}

pub async fn execute(inner: &Arc<State>, params: ExecuteCommandParams) -> Result<Option<Value>> {
    let Some(cmd) = Cmd::from_name(&params.command) else {
        return Err(Error::invalid_params(format!(
            "unknown command `{}`; known: {}",
            params.command,
            COMMANDS.join(", ")
        )));
    };
    let args = &params.arguments;
    let result = match cmd {
        Cmd::ShowHint => show_hint(inner, &*kata_of(inner, args)?).await?,
        Cmd::RunTests => {
            super::runs::request(inner, kata_of(inner, args)?);
            json!({ "started": true })
        }
        Cmd::Reset => reset(inner, &*kata_of(inner, args)?).await?,
        Cmd::RevealSolution => reveal(inner, &*kata_of(inner, args)?).await?,
        Cmd::StartNext => {
            let current = arg_uri(args).and_then(|u| inner.kata_for_uri(&u));
            start_next(inner, current.as_deref()).await?
        }
        Cmd::OpenPrompt => open_prompt(inner, &*kata_of(inner, args)?).await?,
    };
    Ok(Some(result))
}

async fn refresh_lenses(inner: &State) {
    if inner.session().caps.code_lens_refresh {
        let _ = inner.client.code_lens_refresh().await;
    }
}

async fn show_hint(inner: &State, kata: &KataCtx) -> Result<Value> {
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
        inner
            .client
            .show_message(
                MessageType::INFO,
                format!("kata `{}` has no hints", kata.id()),
            )
            .await;
        return Ok(json!({ "index": 0, "total": 0 }));
    };
    inner
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
    refresh_lenses(inner).await;
    Ok(json!({ "index": hint.index, "total": hint.total, "text": hint.text }))
}

async fn confirm(inner: &State, message: String, action: &str) -> bool {
    let answer = inner
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

async fn reset(inner: &State, kata: &KataCtx) -> Result<Value> {
    let ws = kata.workspace.clone().ok_or_else(|| {
        Error::invalid_params("this kata crate is not inside a practice workspace")
    })?;
    let question = format!(
        "Reset kata `{}` to its starter files? Your src/ and tests/ are backed up under .kata/backups/ first.",
        kata.id()
    );
    if !confirm(inner, question, "Reset").await {
        return Ok(json!({ "reset": false }));
    }
    let backup = actions::reset(&ws, &kata.kata).map_err(internal)?;
    // The last check described the code that is gone: drop it everywhere.
    for path in kata.set_outcome(None, Default::default()) {
        inner.publish(&path, kata).await;
    }
    refresh_lenses(inner).await;
    inner
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

async fn show(inner: &State, path: &Path) -> Option<Uri> {
    let uri = Uri::from_file_path(path)?;
    if inner.session().caps.show_document {
        let shown = inner
            .client
            .show_document(ShowDocumentParams {
                uri: uri.clone(),
                external: None,
                take_focus: Some(true),
                selection: None,
            })
            .await;
        if !matches!(shown, Ok(true)) {
            super::log(format_args!("the client did not open {}", uri.as_str()));
        }
    } else {
        inner
            .client
            .show_message(MessageType::INFO, format!("kata: open {}", path.display()))
            .await;
    }
    Some(uri)
}

async fn reveal(inner: &State, kata: &KataCtx) -> Result<Value> {
    let ws = kata.workspace.clone().ok_or_else(|| {
        Error::invalid_params("this kata crate is not inside a practice workspace")
    })?;
    if !actions::may_see_solution(&kata.progress()) {
        let question = format!(
            "Reveal the reference solution of `{}`? The kata is not solved yet; revealing it is recorded in your progress.",
            kata.id()
        );
        if !confirm(inner, question, "Reveal").await {
            return Ok(json!({ "revealed": false }));
        }
    }
    let (_, path) = actions::reveal_solution(&ws, &kata.kata, true).map_err(internal)?;
    let uri = show(inner, &path).await;
    Ok(json!({ "revealed": true, "uri": uri.map(|u| u.as_str().to_string()) }))
}

async fn open_prompt(inner: &State, kata: &KataCtx) -> Result<Value> {
    let path = kata.crate_dir.join("README.md");
    if !path.is_file() {
        std::fs::write(&path, kata.kata.prompt()).map_err(internal)?;
    }
    let uri = show(inner, &path).await;
    Ok(json!({ "uri": uri.map(|u| u.as_str().to_string()) }))
}

async fn start_next(inner: &Arc<State>, current: Option<&KataCtx>) -> Result<Value> {
    let ws = inner.workspace(current).ok_or_else(|| {
        Error::invalid_params("no practice workspace is open (create one with `kata init`)")
    })?;
    let progress = ws.progress().read().map_err(internal)?;
    let next = actions::recommend(&inner.pack, &progress, current.map(|c| &c.kata))
        .ok_or_else(|| Error::invalid_params("every kata of the pack is solved: well done"))?;
    let started = actions::start(&ws, next).map_err(internal)?;
    let lib = match &started {
        StartOutcome::Created(dir) | StartOutcome::AlreadyStarted(dir) => {
            dir.join("src").join("lib.rs")
        }
    };
    inner
        .client
        .show_message(
            MessageType::INFO,
            format!("kata: started `{}`: {}", next.id(), next.spec.title),
        )
        .await;
    let uri = show(inner, &lib).await;
    Ok(json!({ "id": next.id(), "uri": uri.map(|u| u.as_str().to_string()) }))
}
