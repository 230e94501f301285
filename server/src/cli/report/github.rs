//! `--format github`: workflow commands (`::error file=…::message`) that
//! GitHub Actions shows as annotations, and one status line per kata.

use super::workspace_path;
use crate::engine::outcome::{GrowthVerdict, Severity};
use crate::engine::{CheckOutcome, Status};

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_prop(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn file(o: &CheckOutcome, rel: &str) -> String {
    escape_prop(&workspace_path(o, rel))
}

pub fn render(outcomes: &[CheckOutcome]) -> String {
    let mut out = String::new();
    for o in outcomes {
        let level = match o.status {
            Status::Solved => "notice",
            Status::TooSlow | Status::Failing | Status::DoesNotCompile => "error",
        };
        out.push_str(&format!(
            "::{level} file={},title={}::{}\n",
            file(o, "src/lib.rs"),
            escape_prop(&format!("{}: {}", o.id, o.status.label())),
            escape_data(&o.headline)
        ));
        for f in &o.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let l = &f.location;
            out.push_str(&format!(
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                file(o, &l.file),
                l.line,
                l.column,
                l.end_line,
                l.end_column,
                escape_prop(&format!("{}: {}", o.id, f.code)),
                escape_data(&f.message)
            ));
        }
        for e in &o.compile_errors {
            let place = e.location.as_ref().map_or(" ".to_string(), |l| {
                format!(
                    " file={},line={},col={},",
                    file(o, &l.file),
                    l.line,
                    l.column
                )
            });
            out.push_str(&format!(
                "::error{place}title={}::{}\n",
                escape_prop(&format!("{}: compile error", o.id)),
                escape_data(&e.message)
            ));
        }
        if let Some(p) = &o.problem {
            out.push_str(&format!(
                "::error title={}::{}\n",
                escape_prop(&o.id),
                escape_data(p)
            ));
        }
        for t in &o.test_results {
            let Some(message) = &t.message else { continue };
            let place = t.panic_location.as_ref().map_or(" ".to_string(), |l| {
                format!(" file={},line={},", file(o, &l.file), l.line)
            });
            out.push_str(&format!(
                "::error{place}title={}::{}\n",
                escape_prop(&format!("{}: {}", o.id, t.name)),
                escape_data(message)
            ));
        }
        if let Some(g) = o.measurement.growth() {
            let level = match g.verdict {
                GrowthVerdict::TooSlow => "error",
                _ => "notice",
            };
            out.push_str(&format!(
                "::{level} file={},title={}::{}\n",
                file(o, "src/lib.rs"),
                escape_prop(&format!("{}: measured growth", o.id)),
                escape_data(&g.summary)
            ));
        }
        out.push_str(&format!("{}: {}\n", o.id, o.headline));
    }
    out
}
