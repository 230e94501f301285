//! The one screen of `kata watch`, as a pure function of its state: the
//! kata, its status and headline, what explains it (failing tests with
//! expected and actual, compile errors, broken rules), the complexity
//! verdict, the hints used, and the keys. Styled with ANSI colours (the
//! caller strips them where colour is off); lines end in `\n` (the
//! terminal side turns them into `\r\n` in raw mode).

use crate::engine::actions::{CatalogueRow, Hint};
use crate::engine::outcome::{GrowthVerdict, ItemEstimateState, Measurement, Severity, Standing};
use crate::engine::{shorten_lines, CheckOutcome, Status};
use anstyle::{AnsiColor, Style};

/// Failing tests shown in full; the rest are counted.
const SHOWN_FAILURES: usize = 3;
/// Lines of one failure message shown.
const MESSAGE_LINES: usize = 6;

/// Everything the screen shows.
#[derive(Debug, Clone, Default)]
pub struct Screen {
    pub id: String,
    pub title: String,
    /// The last finished check of this kata (recorded from an earlier
    /// session until the first check here ends).
    pub outcome: Option<CheckOutcome>,
    /// A check in flight: what it is doing (`building`, `running tests`).
    pub running: Option<String>,
    pub hints_shown: usize,
    pub hints_total: usize,
    /// The hint revealed last with `h`.
    pub hint: Option<Hint>,
    /// One line about the last thing that happened (a kata started, an
    /// error of the watcher).
    pub message: Option<String>,
    /// `l`: the started katas instead of the check.
    pub list: Option<Vec<CatalogueRow>>,
    /// Terminal rows: the body is cut to fit, the keys stay at the bottom.
    pub height: Option<usize>,
}

fn style(color: AnsiColor) -> Style {
    Style::new().fg_color(Some(color.into())).bold()
}

fn paint(text: &str, s: Style) -> String {
    format!("{s}{text}{s:#}")
}

fn status_color(status: Status) -> AnsiColor {
    match status {
        Status::Solved => AnsiColor::Green,
        Status::TooSlow => AnsiColor::Yellow,
        Status::Failing | Status::DoesNotCompile => AnsiColor::Red,
    }
}

fn mark(status: Status) -> &'static str {
    match status {
        Status::Solved => "✔",
        Status::TooSlow => "⚠",
        Status::Failing | Status::DoesNotCompile => "✘",
    }
}

pub fn render(s: &Screen) -> String {
    let bold = Style::new().bold();
    let mut head = vec![format!(
        "{} — {}",
        paint(&format!("kata watch · {}", s.id), bold),
        s.title
    )];
    head.push(status_line(s));
    if let Some(running) = &s.running {
        head.push(paint(
            &format!("⟳ checking… {running}"),
            style(AnsiColor::Cyan),
        ));
    }
    if let Some(message) = &s.message {
        head.push(message.clone());
    }
    let body = match &s.list {
        Some(rows) => list(rows),
        None => details(s),
    };
    let keys = vec![
        String::new(),
        format!(
            "{} next hint · {} next kata · {} re-run · {} {} · {} quit",
            paint("h", bold),
            paint("n", bold),
            paint("r", bold),
            paint("l", bold),
            if s.list.is_some() { "back" } else { "list" },
            paint("q", bold),
        ),
    ];
    let mut lines = head;
    lines.push(String::new());
    lines.extend(body);
    if let Some(height) = s.height {
        // Keep the top (kata, status) and the keys; cut the middle.
        let room = height.saturating_sub(keys.len());
        if lines.len() > room && room > 1 {
            let cut = lines.len() - (room - 1);
            lines.truncate(room - 1);
            lines.push(paint(
                &format!("… {cut} more lines (a taller terminal shows them)"),
                Style::new().dimmed(),
            ));
        }
    }
    lines.extend(keys);
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn status_line(s: &Screen) -> String {
    let Some(o) = &s.outcome else {
        return "· not checked yet".to_string();
    };
    let label = o.status.label();
    // The headline often starts with the status itself: say it once.
    let rest = o
        .headline
        .strip_prefix(label)
        .and_then(|r| r.strip_prefix(": "))
        .unwrap_or(&o.headline);
    let st = style(status_color(o.status));
    format!(
        "{} {} — {rest}",
        paint(mark(o.status), st),
        paint(label, st)
    )
}

fn details(s: &Screen) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(o) = &s.outcome {
        explain(o, &mut out);
        complexity(o, &mut out);
    }
    out.push(format!("Hints: {}/{} used", s.hints_shown, s.hints_total));
    if let Some(h) = &s.hint {
        out.push(format!("  Hint {}/{}:", h.index, h.total));
        out.extend(h.text.lines().map(|l| format!("    {l}")));
    }
    out
}

/// What decided a status that is not solved: the failing tests, the
/// compile errors, the broken rules, a problem running the check.
fn explain(o: &CheckOutcome, out: &mut Vec<String>) {
    let red = style(AnsiColor::Red);
    if let Some(problem) = &o.problem {
        out.push(format!("Problem: {problem}"));
        out.push(String::new());
    }
    if !o.compile_errors.is_empty() {
        out.push(paint("Compile errors", Style::new().bold()));
        for e in &o.compile_errors {
            let at = e.location.as_ref().map_or(String::new(), |l| {
                format!("{}:{}:{}: ", l.file, l.line, l.column)
            });
            let code = e.code.as_ref().map_or(String::new(), |c| format!(" [{c}]"));
            out.push(format!("  {} {at}{}{code}", paint("✘", red), e.message));
        }
        out.push(String::new());
    }
    let findings: Vec<_> = o
        .findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .collect();
    if !findings.is_empty() {
        out.push(paint("Findings", Style::new().bold()));
        for f in findings {
            let l = &f.location;
            out.push(format!(
                "  {} {}:{}:{} [{}] {}",
                f.severity.as_str(),
                l.file,
                l.line,
                l.column,
                f.code,
                f.message
            ));
        }
        out.push(String::new());
    }
    let failures: Vec<_> = o
        .test_results
        .iter()
        .filter(|t| t.outcome.is_failure())
        .collect();
    if !failures.is_empty() {
        out.push(paint(
            &format!(
                "Failing tests ({} of {})",
                failures.len(),
                o.test_results.len()
            ),
            Style::new().bold(),
        ));
        for t in failures.iter().take(SHOWN_FAILURES) {
            out.push(format!("  {} {}", paint("✘", red), t.name));
            let message = shorten_lines(t.message.as_deref().unwrap_or(t.outcome.as_str()));
            let lines: Vec<&str> = message.lines().collect();
            for line in lines.iter().take(MESSAGE_LINES) {
                out.push(format!("      {line}"));
            }
            if lines.len() > MESSAGE_LINES {
                out.push(format!(
                    "      … {} more lines",
                    lines.len() - MESSAGE_LINES
                ));
            }
            if let Some(l) = &t.panic_location {
                out.push(format!("      at {}:{}", l.file, l.line));
            }
        }
        if failures.len() > SHOWN_FAILURES {
            out.push(format!(
                "  … and {} more (`kata check {}` lists them all)",
                failures.len() - SHOWN_FAILURES,
                o.id
            ));
        }
        out.push(String::new());
    } else if !o.test_results.is_empty() {
        out.push(format!(
            "Tests: {} passed, {} failed",
            o.tests.passed, o.tests.failed
        ));
        out.push(String::new());
    }
}

/// The static estimate of each graded item against its target, and the
/// measured growth.
fn complexity(o: &CheckOutcome, out: &mut Vec<String>) {
    if o.complexity.is_empty() && o.measurement.growth().is_none() {
        return;
    }
    out.push(paint("Complexity", Style::new().bold()));
    for c in &o.complexity {
        let mark = match (o.standing_of(c), &c.estimate) {
            (Standing::Meets | Standing::MeasuredWithin, _) => "✔",
            (Standing::Exceeds, _) => "⚠",
            // Over the target only as an upper bound: not a finding.
            (Standing::UpperBound, _) => "~",
            (Standing::NoEstimate, ItemEstimateState::NotFound) => "?",
            (Standing::NoEstimate, _) => "·",
        };
        out.push(format!("  estimate {mark} {}", o.estimate_summary(c)));
    }
    match &o.measurement {
        Measurement::Measured(g) => {
            let mark = match g.verdict {
                GrowthVerdict::Pass => "✔",
                GrowthVerdict::TooSlow => "⚠",
                GrowthVerdict::Inconclusive | GrowthVerdict::Error => "?",
            };
            out.push(format!("  measured {mark} {}", g.summary));
        }
        Measurement::NotRun => {
            out.push("  measured · once every test passes".to_string());
        }
        Measurement::Off => out.push("  measured · not measured (--no-measure)".to_string()),
        Measurement::NoProbe => {}
    }
    if let Some(note) = &o.note {
        out.push(format!("  note: {note}"));
    }
    out.push(String::new());
}

/// `l`: the started katas, with their status and hints.
fn list(rows: &[CatalogueRow]) -> Vec<String> {
    let mut out = vec![paint("Started katas", Style::new().bold())];
    let started: Vec<_> = rows
        .iter()
        .filter(|r| r.status != crate::practice::Status::New)
        .collect();
    if started.is_empty() {
        out.push("  none yet".to_string());
    }
    let id_w = started.iter().map(|r| r.id.len()).max().unwrap_or(2);
    for r in &started {
        out.push(format!(
            "  {:id_w$}  {:8}  {:6}  hints {}/{}  {}",
            r.id,
            r.status.as_str(),
            r.difficulty,
            r.hints_shown,
            r.hints_total,
            r.title
        ));
    }
    out.push(String::new());
    out.push(format!(
        "{} katas in the pack; `kata list` shows them all. Save a file of a kata to watch it.",
        rows.len()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::fixtures::fixed_outcomes;
    use expect_test::{expect, Expect};

    fn check(screen: Screen, expect: Expect) {
        expect.assert_eq(&anstream::adapter::strip_str(&render(&screen)).to_string());
    }

    fn screen_of(index: usize) -> Screen {
        let outcome = fixed_outcomes().remove(index);
        Screen {
            id: outcome.id.clone(),
            title: outcome.title.clone(),
            outcome: Some(outcome),
            hints_shown: 1,
            hints_total: 3,
            ..Screen::default()
        }
    }

    #[test]
    fn failing_shows_the_test_with_expected_and_actual() {
        check(
            screen_of(2),
            expect![[r#"
                kata watch · lru-cache — Title of lru-cache
                ✘ failing — 1/2 tests pass

                Failing tests (1 of 2)
                  ✘ pairs
                      test `pairs` failed: assertion failed
                      expected: [1]
                      actual:   []
                      at tests/t.rs:9

                Complexity
                  estimate ✔ pair_sum: O(n) time, O(n) space (target O(n) time, O(n) space)
                  measured · once every test passes

                Hints: 1/3 used

                h next hint · n next kata · r re-run · l list · q quit
            "#]],
        );
    }

    #[test]
    fn too_slow_shows_the_estimate_and_the_measured_growth_while_rechecking() {
        let mut screen = screen_of(1);
        screen.running = Some("building".into());
        check(
            screen,
            expect![[r#"
                kata watch · two-sum — Title of two-sum
                ⚠ too slow — 2/2 tests pass · too slow: grows like n^1.98, target O(n)
                ⟳ checking… building

                Findings
                  warning src/lib.rs:4:5 [complexity/nested-loop] `for j` ×n inside `for i` ×n: O(n^2), target O(n)

                Tests: 2 passed, 0 failed

                Complexity
                  estimate ✔ pair_sum: O(n) time, O(n) space (target O(n) time, O(n) space)
                  measured ⚠ measured n^1.98 (O(n) time, n = 256..512)

                Hints: 1/3 used

                h next hint · n next kata · r re-run · l list · q quit
            "#]],
        );
    }

    #[test]
    fn solved_with_a_hint_revealed() {
        let mut screen = screen_of(0);
        screen.hint = Some(Hint {
            index: 2,
            total: 3,
            text: "Remember what you have seen.\nA set answers in O(1).".into(),
        });
        screen.hints_shown = 2;
        check(
            screen,
            expect![[r#"
                kata watch · pair-sum — Title of pair-sum
                ✔ solved — 2/2 tests pass, targets met

                Tests: 2 passed, 0 failed

                Complexity
                  estimate ✔ pair_sum: O(n) time, O(n) space (target O(n) time, O(n) space)
                  estimate ✔ pairs_within: O(n^2) time, O(1) space (target O(n) time, O(1) space) — only an upper bound: the measured growth is within the target
                  measured ✔ measured n^1.01 (O(n) time, n = 256..512)

                Hints: 2/3 used
                  Hint 2/3:
                    Remember what you have seen.
                    A set answers in O(1).

                h next hint · n next kata · r re-run · l list · q quit
            "#]],
        );
    }

    #[test]
    fn does_not_compile_shows_the_errors() {
        check(
            screen_of(3),
            expect![[r#"
                kata watch · min-heap — Title of min-heap
                ✘ does not compile — 1 error

                Compile errors
                  ✘ src/lib.rs:2:9: mismatched types [E0308]

                Complexity
                  estimate · pair_sum: not judged (target O(n) time, O(n) space)
                  measured · once every test passes

                Hints: 1/3 used

                h next hint · n next kata · r re-run · l list · q quit
            "#]],
        );
    }

    #[test]
    fn a_short_terminal_keeps_the_status_and_the_keys() {
        let mut screen = screen_of(2);
        screen.height = Some(8);
        screen.message = Some("Started `lru-cache`: edit lru-cache/src/lib.rs".into());
        check(
            screen,
            expect![[r#"
                kata watch · lru-cache — Title of lru-cache
                ✘ failing — 1/2 tests pass
                Started `lru-cache`: edit lru-cache/src/lib.rs

                Failing tests (1 of 2)
                … 11 more lines (a taller terminal shows them)

                h next hint · n next kata · r re-run · l list · q quit
            "#]],
        );
    }

    #[test]
    fn before_the_first_check_and_in_the_list() {
        let row = |id: &str, status| CatalogueRow {
            id: id.into(),
            title: format!("Title of {id}"),
            difficulty: "easy".into(),
            topics: vec![],
            status,
            hints_shown: 0,
            hints_total: 3,
            lib_path: None,
        };
        let screen = Screen {
            id: "pair-sum".into(),
            title: "Pair Sum".into(),
            running: Some("running tests (3 done)".into()),
            list: Some(vec![
                row("pair-sum", crate::practice::Status::Started),
                row("two-sum", crate::practice::Status::New),
                row("lru-cache", crate::practice::Status::Solved),
            ]),
            ..Screen::default()
        };
        check(
            screen,
            expect![[r#"
                kata watch · pair-sum — Pair Sum
                · not checked yet
                ⟳ checking… running tests (3 done)

                Started katas
                  pair-sum   started   easy    hints 0/3  Title of pair-sum
                  lru-cache  solved    easy    hints 0/3  Title of lru-cache

                3 katas in the pack; `kata list` shows them all. Save a file of a kata to watch it.

                h next hint · n next kata · r re-run · l back · q quit
            "#]],
        );
    }
}
