//! Keystroke diagnostics: one task per open document (spawned by
//! `didOpen`) analyses the latest version whenever it changes, then
//! publishes.

use super::diagnostics::{self, from_findings};
use super::documents::MAX_PARSED_BYTES;
use super::katas::{estimates, Role};
use super::log;
use super::state::{Snapshot, State};
use crate::analysis;
use std::sync::Arc;
use tokio::sync::watch;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, Range, Uri};

/// The keystroke diagnostics of a snapshot: its kata's rules and the
/// static complexity estimate on the solution, syntax errors elsewhere.
fn analyse(s: &Snapshot) -> Vec<Diagnostic> {
    let Some(tree) = &s.tree else {
        return vec![diagnostics::diagnostic(
            Range::default(),
            DiagnosticSeverity::INFORMATION,
            "kata/too-large",
            format!(
                "this file is {:.1} MB, too large for kata's keystroke checks (limit {} MB); tests still run on save",
                s.rope.len_bytes() as f64 / 1e6,
                MAX_PARSED_BYTES >> 20
            ),
        )];
    };
    let mut findings = match s.role {
        Role::Solution => {
            // Empty for a tree too deep to estimate (`check` says so).
            let estimates = estimates(&s.text, tree);
            let mut findings = analysis::check(&s.text, tree, &s.kata.rules, &estimates);
            findings.extend(analysis::complexity::complexity_findings(
                &estimates,
                &s.kata.kata.spec.targets,
            ));
            findings
        }
        Role::Other => analysis::syntax_errors(&s.text, tree),
    };
    findings.sort_by_key(|f| (f.range.start, f.range.end));
    from_findings(&findings, &s.rope, s.enc, &s.uri)
}

/// One task per open document: analyses the latest version whenever it
/// changes. Changes that arrive during an analysis (or the configured
/// delay) are coalesced into the next one. Ends when the document closes.
pub async fn analysis_loop(state: Arc<State>, uri: Uri, mut rx: watch::Receiver<i32>) {
    while rx.changed().await.is_ok() {
        let delay = state.session().config.diagnostics_delay;
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
        rx.borrow_and_update();
        let Some(snapshot) = state.snapshot(&uri) else {
            return;
        };
        let diags =
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(&snapshot))) {
                Ok(diags) => diags,
                Err(_) => {
                    log(format_args!(
                        "analysis of {} panicked; skipped",
                        uri.as_str()
                    ));
                    continue;
                }
            };
        if let Some((path, kata)) = state.store_live(&uri, snapshot.version, diags) {
            state.publish(&path, &kata).await;
        }
    }
}
