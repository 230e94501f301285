//! Parsing a test binary's output: libtest JSON events (stable through
//! `RUSTC_BOOTSTRAP=1 … -Z unstable-options --format json`, as rust-analyzer
//! does), tolerant of noise, with a fallback to the plain `test x ... ok`
//! lines.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Started(String),
    Passed(String),
    Failed {
        name: String,
        output: String,
    },
    Ignored(String),
    /// `{ "type": "suite", "event": "started", "test_count": N }`.
    SuiteStarted {
        test_count: usize,
    },
    /// The suite's closing counts (`ok` or `failed`).
    SuiteFinished {
        passed: usize,
        failed: usize,
        ignored: usize,
    },
}

#[derive(Deserialize)]
struct Raw {
    #[serde(rename = "type")]
    kind: String,
    event: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    stdout: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    test_count: Option<usize>,
    #[serde(default)]
    passed: Option<usize>,
    #[serde(default)]
    failed: Option<usize>,
    #[serde(default)]
    ignored: Option<usize>,
}

/// How libtest begins every JSON event.
const EVENT_START: &str = "{ \"type\": \"";

/// What `process` puts in place of the middle of an over-long line.
use super::process::DROPPED_SUFFIX as DROPPED;

/// One line of test output, or `None` when it carries no test event.
pub fn parse_line(line: &str) -> Option<Event> {
    if let Some(event) = parse_json_line(line) {
        return Some(event);
    }
    if line.contains(EVENT_START) {
        return None;
    }
    // Plain format: `test name ... ok`.
    let rest = line.trim().strip_prefix("test ")?;
    let (name, outcome) = rest.rsplit_once(" ... ")?;
    match outcome.trim() {
        "ok" => Some(Event::Passed(name.to_string())),
        "FAILED" => Some(Event::Failed {
            name: name.to_string(),
            output: String::new(),
        }),
        o if o.starts_with("ignored") => Some(Event::Ignored(name.to_string())),
        _ => None,
    }
}

/// One line of `--format json` output: libtest's JSON events only (with
/// JSON asked for, a plain `test x ... ok` line is a test's own output).
pub fn parse_json_line(line: &str) -> Option<Event> {
    // libtest writes each event on a line of its own, but a test that
    // writes to stdout itself without a final newline (`write_all(b"x")`)
    // glues its text in front of the next event: look for the event
    // wherever it starts. Inside a JSON string a quote is escaped, so text
    // a test printed that libtest captured never matches `EVENT_START`.
    for (at, _) in line.match_indices(EVENT_START) {
        if let Some(event) = parse_json(&line[at..]) {
            return Some(event);
        }
    }
    None
}

/// The event at the start of `text`; text after it (a test's output that
/// landed between the event and its newline) is ignored.
fn parse_json(text: &str) -> Option<Event> {
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<Raw>();
    let raw = match values.next() {
        Some(Ok(raw)) => raw,
        _ => salvage(text)?,
    };
    event(raw)
}

fn event(raw: Raw) -> Option<Event> {
    if raw.kind == "suite" {
        return match raw.event.as_str() {
            "started" => Some(Event::SuiteStarted {
                test_count: raw.test_count?,
            }),
            "ok" | "failed" => Some(Event::SuiteFinished {
                passed: raw.passed?,
                failed: raw.failed?,
                ignored: raw.ignored?,
            }),
            _ => None,
        };
    }
    if raw.kind != "test" {
        return None;
    }
    let name = raw.name?;
    match raw.event.as_str() {
        "started" => Some(Event::Started(name)),
        "ok" => Some(Event::Passed(name)),
        "failed" | "timeout" => {
            let mut output = raw.stdout.unwrap_or_default();
            if let Some(message) = raw.message {
                output.push_str(&message);
            }
            Some(Event::Failed { name, output })
        }
        "ignored" => Some(Event::Ignored(name)),
        _ => None,
    }
}

/// An event whose line was too long to keep whole (a failing test that
/// printed megabytes): `process` kept its head and tail around a
/// `… N bytes of output dropped …` marker, which lands inside the `stdout`
/// string. Mend the cut edges so the JSON parses again; failing that, keep
/// what the head says (the test's name and event).
fn salvage(text: &str) -> Option<Raw> {
    let dropped = text.find(DROPPED)?;
    let head_end = text[..dropped].rfind("\u{2026} ")?;
    let mut head = &text[..head_end];
    let tail = &text[dropped + DROPPED.len()..];
    // A cut right after a backslash, or inside `\uXXXX`, breaks the escape.
    if let Some(u) = head.rfind("\\u").filter(|u| head.len() - u < 6) {
        head = &head[..u];
    }
    let backslashes = head.len() - head.trim_end_matches('\\').len();
    if backslashes % 2 == 1 {
        head = &head[..head.len() - 1];
    }
    let marker = &text[head_end..dropped + DROPPED.len()];
    // The tail may start with a quote whose backslash was dropped.
    for skip in 0..3 {
        let Some(tail) = tail.get(skip..) else { break };
        let mended = format!("{head}{marker}{tail}");
        let mut values = serde_json::Deserializer::from_str(&mended).into_iter::<Raw>();
        if let Some(Ok(raw)) = values.next() {
            return Some(raw);
        }
    }
    let fields = head.find(", \"stdout\": ")?;
    serde_json::from_str(&format!("{} }}", &head[..fields])).ok()
}

/// Where a failing test panicked and what it said.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Panic {
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

/// Extracts the panic that ended a test from its output, `thread 'name'
/// panicked at file:line:col:\nmsg`: the last one, since a test may panic
/// and catch it (`catch_unwind`) before the assertion that fails it.
pub fn parse_panic(output: &str) -> Panic {
    parse_test_panic(output, None)
}

/// As [`parse_panic`], for the test `test`: libtest runs each test on a
/// thread named after it, so the last panic of that thread is the one that
/// ended the test; a panic of another thread (a worker the test spawned,
/// whose panic the test caught or joined) is only the fallback.
pub fn parse_test_panic(output: &str, test: Option<&str>) -> Panic {
    let panics = panics(output);
    let own = test.and_then(|test| panics.iter().rev().find(|(thread, _)| thread == test));
    match own.or(panics.last()) {
        Some((_, panic)) => panic.clone(),
        None => Panic {
            message: output.trim().to_string(),
            ..Panic::default()
        },
    }
}

/// Every `thread 'name' panicked at …` in the output, with its thread.
fn panics(output: &str) -> Vec<(String, Panic)> {
    let mut found = Vec::new();
    let mut lines = output.lines().peekable();
    while let Some(line) = lines.next() {
        let Some((thread, location)) = panic_header(line) else {
            continue;
        };
        let mut parts = location.rsplitn(3, ':');
        let column = parts.next().and_then(|c| c.parse().ok());
        let line_no = parts.next().and_then(|l| l.parse().ok());
        let file = parts.next().map(str::to_string);
        let mut message = Vec::new();
        while let Some(next) = lines.peek() {
            if panic_header(next).is_some()
                || next.starts_with("note: run with `RUST_BACKTRACE")
                || next.starts_with("stack backtrace:")
            {
                break;
            }
            message.push(*next);
            lines.next();
        }
        found.push((
            thread.to_string(),
            Panic {
                file,
                line: line_no,
                column,
                message: message.join("\n").trim().to_string(),
            },
        ));
    }
    found
}

/// `thread 'name' panicked at FILE:LINE:COL:`; Rust 1.89+ adds the thread
/// id: `thread 'name' (1234) panicked at …`. Gives the name and location.
fn panic_header(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("thread '")?;
    let at = rest.find(" panicked at ")?;
    let who = &rest[..at];
    let thread = match who.rsplit_once("' (") {
        Some((name, id)) if id.ends_with(')') => name,
        _ => who.strip_suffix('\'')?,
    };
    let location = rest[at + " panicked at ".len()..]
        .trim_end()
        .trim_end_matches(':');
    Some((thread, location))
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(lines: &str, expect: Expect) {
        let events: Vec<String> = lines
            .lines()
            .filter_map(parse_line)
            .map(|e| format!("{e:?}"))
            .collect();
        expect.assert_eq(&events.join("\n"));
    }

    #[test]
    fn json_events() {
        check(
            r#"{ "type": "suite", "event": "started", "test_count": 2 }
{ "type": "test", "event": "started", "name": "a" }
{ "type": "test", "name": "a", "event": "ok" }
{ "type": "test", "name": "b", "event": "failed", "stdout": "boom\n" }
garbage {
{ "type": "test", "name": "c", "event": "ignored" }"#,
            expect![[r#"
                SuiteStarted { test_count: 2 }
                Started("a")
                Passed("a")
                Failed { name: "b", output: "boom\n" }
                Ignored("c")"#]],
        );
    }

    #[test]
    fn an_event_glued_to_output_without_a_newline_still_counts() {
        // `std::io::stdout().write_all(b"x")` in a test bypasses libtest's
        // capture and leaves no newline: the next event starts mid-line.
        // Output a test writes between an event and its newline follows it.
        check(
            r#"{ "type": "test", "event": "started", "name": "a" }
x{ "type": "test", "name": "a", "event": "ok" }
xy { "type": "test", "event": "started", "name": "b" }
{ "type": "test", "name": "b", "event": "ok" }zz
{ "type": {"nested": "test", "name": "q" { "type": "test", "name": "c", "event": "ok" }
{ "type": "suite", "event": "ok", "passed": 3, "failed": 0, "ignored": 0, "measured": 0, "filtered_out": 0, "exec_time": 0.01 }"#,
            expect![[r#"
                Started("a")
                Passed("a")
                Started("b")
                Passed("b")
                Passed("c")
                SuiteFinished { passed: 3, failed: 0, ignored: 0 }"#]],
        );
    }

    #[test]
    fn an_over_long_failed_event_is_mended_around_the_dropped_middle() {
        // `process` keeps the head and tail of a line too long to keep whole;
        // the cut may fall inside an escape.
        check(
            concat!(
                r#"{ "type": "test", "name": "big", "event": "failed", "stdout": "spam\nspam\"#,
                "\u{2026} 5000000 bytes of output dropped \u{2026}",
                r#"u0041spam\n\nthread 'big' (7) panicked at src/lib.rs:1:2:\nboom\n" }"#,
                "\n",
                r#"{ "type": "test", "name": "cut", "event": "failed", "stdout": "spam\u00"#,
                "\u{2026} 5000000 bytes of output dropped \u{2026}",
                r#""quoted\" and more\n" }"#,
                "\n",
                r#"{ "type": "test", "name": "lost", "event": "failed", "stdout": "sp"#,
                "\u{2026} 5000000 bytes of output dropped \u{2026}",
                r#"am" , broken"#,
            ),
            expect![[r#"
                Failed { name: "big", output: "spam\nspam… 5000000 bytes of output dropped …u0041spam\n\nthread 'big' (7) panicked at src/lib.rs:1:2:\nboom\n" }
                Failed { name: "cut", output: "spam… 5000000 bytes of output dropped …quoted\" and more\n" }
                Failed { name: "lost", output: "" }"#]],
        );
    }

    #[test]
    fn plain_lines_fallback() {
        check(
            "running 2 tests\ntest t::a ... ok\ntest t::b ... FAILED\ntest t::c ... ignored, slow\n",
            expect![[r#"
                Passed("t::a")
                Failed { name: "t::b", output: "" }
                Ignored("t::c")"#]],
        );
    }

    fn check_panic(output: &str, expect: Expect) {
        expect.assert_debug_eq(&parse_panic(output));
    }

    #[test]
    fn panic_location_and_message() {
        check_panic(
            "\nthread 'empty' (3016) panicked at tests/pair_sum.rs:12:5:\nassertion `left == right` failed: input: []\n  left: [1]\n right: []\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
            expect![[r#"
                Panic {
                    file: Some(
                        "tests/pair_sum.rs",
                    ),
                    line: Some(
                        12,
                    ),
                    column: Some(
                        5,
                    ),
                    message: "assertion `left == right` failed: input: []\n  left: [1]\n right: []",
                }
            "#]],
        );
    }

    #[test]
    fn panic_without_thread_id() {
        check_panic(
            "thread 'a::b' panicked at src/lib.rs:3:9:\nnot yet implemented\n",
            expect![[r#"
                Panic {
                    file: Some(
                        "src/lib.rs",
                    ),
                    line: Some(
                        3,
                    ),
                    column: Some(
                        9,
                    ),
                    message: "not yet implemented",
                }
            "#]],
        );
    }

    #[test]
    fn the_panic_that_ended_the_test_is_its_last_on_its_own_thread() {
        // A job that panics by design inside `catch_unwind`, a worker
        // thread's panic, then the assertion that failed the test.
        let output = "\
thread 'jobs::retries' (11) panicked at src/lib.rs:4:9:
job exploded on purpose
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

thread '<unnamed>' (12) panicked at src/lib.rs:9:5:
worker gave up
thread 'jobs::retries' (11) panicked at tests/jobs.rs:20:5:
assertion `left == right` failed
  left: 1
 right: 2
";
        expect_test::expect![[r#"
            Panic {
                file: Some(
                    "tests/jobs.rs",
                ),
                line: Some(
                    20,
                ),
                column: Some(
                    5,
                ),
                message: "assertion `left == right` failed\n  left: 1\n right: 2",
            }
        "#]]
        .assert_debug_eq(&parse_test_panic(output, Some("jobs::retries")));
        // No panic on a thread named after the test (libtest could not
        // name it): the last panic is the best guess.
        expect_test::expect![[r#"
            Panic {
                file: Some(
                    "src/lib.rs",
                ),
                line: Some(
                    2,
                ),
                column: Some(
                    2,
                ),
                message: "final",
            }
        "#]].assert_debug_eq(&parse_test_panic(
            "thread 'main' (1) panicked at src/lib.rs:1:1:\ncaught\nthread 'main' (1) panicked at src/lib.rs:2:2:\nfinal\n",
            Some("t"),
        ));
    }

    #[test]
    fn output_without_a_panic_is_the_message() {
        check_panic(
            "some output\n",
            expect![[r#"
                Panic {
                    file: None,
                    line: None,
                    column: None,
                    message: "some output",
                }
            "#]],
        );
    }
}
