//! Code lenses above graded items (tests, hints, the complexity target
//! with the static estimate and the measured growth), code actions for the
//! kata commands, and inlay hints with the complexity target at the end of
//! graded functions.

use super::commands::Cmd;
use super::katas::{estimate_of, estimates, graded_items, GradedItem, Role};
use super::measured::Growth;
use super::state::Snapshot;
use super::to_proto;
use crate::engine::Status;
use serde_json::json;
use tower_lsp_server::ls_types::*;

fn graded(s: &Snapshot) -> Vec<GradedItem> {
    match (&s.tree, s.role) {
        (Some(tree), Role::Solution) => graded_items(tree, &s.text, &s.kata.kata.spec.targets),
        _ => Vec::new(),
    }
}

fn command(cmd: Cmd, title: String, uri: &Uri) -> Command {
    Command {
        title,
        command: cmd.name().to_string(),
        arguments: Some(vec![json!(uri.as_str())]),
    }
}

pub fn complexity_label(item: &GradedItem) -> String {
    let mut label = format!("target {} time", item.target.time);
    if let Some(space) = &item.target.space {
        label.push_str(&format!(", {space} space"));
    }
    label
}

pub fn code_lenses(s: &Snapshot) -> Vec<CodeLens> {
    let kata = &s.kata;
    let hints = kata.kata.spec.hints.len();
    let shown = kata.progress().hints_shown.min(hints);
    let last = kata.last_outcome();
    let status = if kata.is_running() && !kata.is_measuring() {
        "⟳ testing…".to_string()
    } else {
        match &last {
            None => "○ tests not run".to_string(),
            Some(o) => {
                let ran = o.tests.passed + o.tests.failed;
                match o.status {
                    Status::Solved => format!("✔ {}/{ran} solved", o.tests.passed),
                    Status::TooSlow => format!("⚠ {}/{ran} too slow", o.tests.passed),
                    Status::DoesNotCompile => "✘ does not compile".to_string(),
                    Status::Failing if o.problem.is_some() => "✘ tests did not run".to_string(),
                    Status::Failing => format!("✘ {}/{ran}", o.tests.passed),
                }
            }
        }
    };
    let hint_title = if hints == 0 {
        "no hints".to_string()
    } else if shown < hints {
        format!("Hint {}/{hints}", shown + 1)
    } else {
        format!("Hints {hints}/{hints} shown")
    };
    let estimates = match &s.tree {
        Some(tree) => estimates(&s.text, tree),
        None => Vec::new(),
    };
    let measured = Growth::of(kata.is_measuring(), last.as_ref()).lens_label();
    let mut lenses = Vec::new();
    for item in graded(s) {
        let range = to_proto::range(&s.rope, s.enc, item.name.clone());
        let lens = |cmd: Command| CodeLens {
            range,
            command: Some(cmd),
            data: None,
        };
        lenses.push(lens(command(Cmd::RunTests, "▶ Run tests".into(), &s.uri)));
        lenses.push(lens(command(Cmd::RunTests, status.clone(), &s.uri)));
        lenses.push(lens(command(Cmd::ShowHint, hint_title.clone(), &s.uri)));
        let mut label = complexity_label(&item);
        if let Some(estimate) = estimate_of(&estimates, &item) {
            label.push_str(&format!(" · estimate {estimate}"));
        }
        if let Some(measured) = &measured {
            label.push_str(&format!(" · {measured}"));
        }
        lenses.push(lens(command(Cmd::OpenPrompt, label, &s.uri)));
    }
    lenses
}

pub fn code_actions(s: &Snapshot, context: &CodeActionContext) -> CodeActionResponse {
    let mut actions = Vec::new();
    let kata_diags: Vec<Diagnostic> = context
        .diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(super::diagnostics::SOURCE))
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
    actions
        .into_iter()
        .map(CodeActionOrCommand::CodeAction)
        .collect()
}

pub fn inlay_hints(s: &Snapshot, range: Range) -> Vec<InlayHint> {
    let wanted = to_proto::offsets(&s.rope, s.enc, range);
    let estimates = match &s.tree {
        Some(tree) => estimates(&s.text, tree),
        None => Vec::new(),
    };
    graded(s)
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
        .collect()
}
