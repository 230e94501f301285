//! `textDocument/codeAction`: the kata commands as actions, and "show the
//! next hint" as a quick fix for kata's own diagnostics.

use super::super::commands::{command, Cmd};
use super::super::diagnostics::SOURCE;
use super::super::state::Snapshot;
use super::DocumentRequest;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse,
    Diagnostic, Uri,
};

impl DocumentRequest for CodeActionParams {
    fn uri(&self) -> &Uri {
        &self.text_document.uri
    }
}

pub fn code_action(s: &Snapshot, params: CodeActionParams) -> Option<CodeActionResponse> {
    let context = &params.context;
    let mut actions = Vec::new();
    let kata_diags: Vec<Diagnostic> = context
        .diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(SOURCE))
        .cloned()
        .collect();
    let hints = s.kata.kata.spec.hints.len();
    let shown = s.kata.progress().hints_shown.min(hints);
    if !kata_diags.is_empty() && shown < hints {
        actions.push(CodeAction {
            title: format!("kata: show hint {}/{hints}", shown + 1),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(kata_diags),
            command: Some(command(Cmd::ShowHint, "Show next hint".into(), &s.uri)),
            ..CodeAction::default()
        });
    }
    let general = [
        (
            Cmd::ShowHint,
            if shown < hints {
                format!("kata: show hint {}/{hints}", shown + 1)
            } else {
                "kata: show the hints again".into()
            },
        ),
        (Cmd::RunTests, "kata: run the tests".into()),
        (Cmd::OpenPrompt, "kata: open the prompt".into()),
        (
            Cmd::Reset,
            "kata: reset to the starter (your files are backed up)".into(),
        ),
        (
            Cmd::RevealSolution,
            "kata: reveal the reference solution".into(),
        ),
        (Cmd::StartNext, "kata: start the next kata".into()),
    ];
    for (cmd, title) in general {
        actions.push(CodeAction {
            title: title.clone(),
            kind: Some(CodeActionKind::EMPTY),
            command: Some(command(cmd, title, &s.uri)),
            ..CodeAction::default()
        });
    }
    if let Some(only) = &context.only {
        actions.retain(|a| {
            let kind = a.kind.as_ref().map_or("", |k| k.as_str());
            only.iter()
                .any(|o| kind == o.as_str() || kind.starts_with(&format!("{}.", o.as_str())))
        });
    }
    Some(
        actions
            .into_iter()
            .map(CodeActionOrCommand::CodeAction)
            .collect(),
    )
}
