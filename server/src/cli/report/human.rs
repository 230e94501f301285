//! The report for people: per kata, the status and its headline first,
//! then what explains it — findings as annotated source snippets, like
//! rustc's. Styled with ANSI colours; the caller prints through `anstream`,
//! which strips them where colour is off (`--color`, `NO_COLOR`, not a
//! terminal).

use super::{shorten_lines, tally, workspace_path, Sources};
use crate::engine::outcome::{
    Finding, GrowthVerdict, ItemEstimateState, Measurement, Severity, Standing,
};
use crate::engine::{CheckOutcome, Status};
use annotate_snippets::{Level, Renderer, Snippet};
use anstyle::{AnsiColor, Style};

fn style(color: AnsiColor) -> Style {
    Style::new().fg_color(Some(color.into())).bold()
}

fn mark(status: Status) -> String {
    let (text, color) = match status {
        Status::Solved => ("✔", AnsiColor::Green),
        Status::TooSlow => ("⚠", AnsiColor::Yellow),
        Status::Failing | Status::DoesNotCompile => ("✘", AnsiColor::Red),
    };
    let s = style(color);
    format!("{s}{text}{s:#}")
}

fn level(severity: Severity) -> Level {
    match severity {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
    }
}

/// A finding as rustc shows a diagnostic: the line, the span underlined,
/// and for a complexity finding the derivation; a plain line when the
/// source is not at hand.
fn finding(o: &CheckOutcome, f: &Finding, sources: &Sources) -> String {
    let l = &f.location;
    let path = workspace_path(o, &l.file);
    let text = sources(&o.crate_dir, &l.file);
    let span = match (&text, &l.bytes) {
        (Some(text), Some(b)) if b.end <= text.len() && b.start <= b.end => Some(b.start..b.end),
        _ => None,
    };
    let (Some(text), Some(span)) = (&text, span) else {
        return format!(
            "  {}: {path}:{}:{} [{}] {}\n",
            f.severity.as_str(),
            l.line,
            l.column,
            f.code,
            f.message
        );
    };
    let derivation: Vec<String> = if f.code.starts_with("complexity/") {
        o.complexity
            .iter()
            .filter(|c| c.standing() == Standing::Exceeds)
            .flat_map(|c| match &c.estimate {
                ItemEstimateState::Estimated { derivation, .. } => derivation.clone(),
                _ => Vec::new(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut message = level(f.severity).title(&f.message).id(&f.code).snippet(
        Snippet::source(text)
            .origin(&path)
            .fold(true)
            .annotation(level(f.severity).span(span)),
    );
    for step in &derivation {
        message = message.footer(Level::Note.title(step));
    }
    let rendered = Renderer::styled().render(message).to_string();
    let mut out = String::new();
    for line in rendered.lines() {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A kata's verdict line: `✘ pair-sum — Pairs: failing: 1/2 tests pass`.
fn verdict(o: &CheckOutcome) -> String {
    let bold = Style::new().bold();
    format!(
        "{} {bold}{}{bold:#} — {}: {}\n",
        mark(o.status),
        o.id,
        o.title,
        o.headline
    )
}

/// `-q`: the verdict lines and the tally, nothing that explains them.
pub fn verdicts(outcomes: &[CheckOutcome]) -> String {
    let mut out: String = outcomes.iter().map(verdict).collect();
    out.push_str(&format!("\n{}\n", tally(outcomes)));
    out
}

pub fn render(outcomes: &[CheckOutcome], sources: &Sources) -> String {
    let mut out = String::new();
    for o in outcomes {
        out.push_str(&verdict(o));
        for f in &o.findings {
            out.push_str(&finding(o, f, sources));
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
            let mark = match (o.standing_of(c), &c.estimate) {
                (Standing::Meets | Standing::MeasuredWithin, _) => "✔",
                (Standing::Exceeds, _) => "⚠",
                // Over the target only as an upper bound: not a finding.
                (Standing::UpperBound, _) => "~",
                (Standing::NoEstimate, ItemEstimateState::NotFound) => "?",
                (Standing::NoEstimate, _) => "·",
            };
            out.push_str(&format!("  complexity {mark} {}\n", o.estimate_summary(c)));
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
