//! `textDocument/codeLens`: above each graded item, the tests (run them,
//! their status), the next hint, and the complexity target with the
//! static estimate and the measured growth.

use super::super::commands::{command, Cmd};
use super::super::katas::{estimate_of, estimates};
use super::super::lenses::{complexity_label, graded};
use super::super::measured::Growth;
use super::super::state::Snapshot;
use super::super::to_proto;
use super::DocumentRequest;
use crate::engine::Status;
use tower_lsp_server::ls_types::{CodeLens, CodeLensParams, Command, Uri};

impl DocumentRequest for CodeLensParams {
    fn uri(&self) -> &Uri {
        &self.text_document.uri
    }
}

pub fn code_lens(s: &Snapshot, _params: CodeLensParams) -> Option<Vec<CodeLens>> {
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
    // Counted as the hover counts them: hints shown so far.
    let hint_title = if hints == 0 {
        "no hints".to_string()
    } else if shown < hints {
        format!("Next hint ({shown}/{hints} shown)")
    } else {
        format!("All {hints} hints shown")
    };
    let estimates = match &s.tree {
        Some(tree) => estimates(&s.text, tree),
        None => Vec::new(),
    };
    let measured = Growth::of(kata.is_measuring(), last.as_ref()).lens_label();
    let mut lenses = Vec::new();
    for item in graded(&s.kata, s.role, &s.text, s.tree.as_ref()) {
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
    Some(lenses)
}
