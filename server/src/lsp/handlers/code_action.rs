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
    // The next hint is offered once: as the quick fix of the kata's
    // diagnostics under the cursor when there are any, else among the
    // general actions.
    let hint_title = if shown < hints {
        format!("kata: next hint ({shown}/{hints} shown)")
    } else {
        "kata: show the last hint again".into()
    };
    let hint_is_a_fix = !kata_diags.is_empty() && shown < hints;
    if hint_is_a_fix {
        actions.push(CodeAction {
            title: hint_title.clone(),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(kata_diags),
            command: Some(command(Cmd::ShowHint, "Show next hint".into(), &s.uri)),
            ..CodeAction::default()
        });
    }
    let mut general = Vec::new();
    if !hint_is_a_fix {
        general.push((Cmd::ShowHint, hint_title));
    }
    general.extend([
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
    ]);
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
