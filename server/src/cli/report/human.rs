//! The report for people: per kata, the status and its headline first,
//! then what explains it.

use super::{shorten_lines, tally, workspace_path};
use crate::engine::outcome::{GrowthVerdict, ItemEstimateState, Measurement};
use crate::engine::{CheckOutcome, Status};

fn mark(status: Status) -> &'static str {
    match status {
        Status::Solved => "✔",
        Status::TooSlow => "⚠",
        Status::Failing | Status::DoesNotCompile => "✘",
    }
}

pub fn render(outcomes: &[CheckOutcome]) -> String {
    let mut out = String::new();
    for o in outcomes {
        out.push_str(&format!(
            "{} {} — {}: {}\n",
            mark(o.status),
            o.id,
            o.title,
            o.headline
        ));
        for f in &o.findings {
            let l = &f.location;
            out.push_str(&format!(
                "  {}: {}:{}:{} [{}] {}\n",
                f.severity.as_str(),
                workspace_path(o, &l.file),
                l.line,
                l.column,
                f.code,
                f.message
            ));
        }
        for e in &o.compile_errors {
            let at = e.location.as_ref().map_or(String::new(), |l| {
                format!("{}:{}:{}: ", workspace_path(o, &l.file), l.line, l.column)
            });
            out.push_str(&format!("  compile error: {at}{}\n", e.message));
            // rustc's own rendering shows the code and what to change.
            for line in e.rendered.lines().skip(1) {
                out.push_str(&format!("    {line}\n"));
            }
        }
        if let Some(p) = &o.problem {
            out.push_str(&format!("  problem: {p}\n"));
        }
        for t in o.test_results.iter().filter(|t| t.outcome.is_failure()) {
            let at = t.panic_location.as_ref().map_or(String::new(), |l| {
                format!(" ({}:{})", workspace_path(o, &l.file), l.line)
            });
            let msg =
                shorten_lines(t.message.as_deref().unwrap_or("failed")).replace('\n', "\n      ");
            out.push_str(&format!("  ✘ {msg}{at}\n"));
        }
        if !o.test_results.is_empty() {
            out.push_str(&format!(
                "  tests: {} passed, {} failed\n",
                o.tests.passed, o.tests.failed
            ));
        }
        for c in &o.complexity {
            let mark = match &c.estimate {
                ItemEstimateState::Estimated { .. } if c.meets() == Some(true) => "✔",
                ItemEstimateState::Estimated { .. } => "⚠",
                ItemEstimateState::NotWritten | ItemEstimateState::NotJudged => "·",
                ItemEstimateState::NotFound => "?",
            };
            out.push_str(&format!("  complexity {mark} {}\n", c.summary()));
        }
        match &o.measurement {
            Measurement::Measured(g) => {
                let mark = match g.verdict {
                    GrowthVerdict::Pass => "✔",
                    GrowthVerdict::TooSlow => "⚠",
                    GrowthVerdict::Inconclusive | GrowthVerdict::Error => "?",
                };
                out.push_str(&format!("  measured {mark} {}\n", g.summary));
            }
            Measurement::Off => out.push_str("  measured · growth not measured (--no-measure)\n"),
            Measurement::NotRun | Measurement::NoProbe => {}
        }
        if let Some(note) = &o.note {
            out.push_str(&format!("  note: {note}\n"));
        }
    }
    out.push_str(&format!("\n{}\n", tally(outcomes)));
    out
}
