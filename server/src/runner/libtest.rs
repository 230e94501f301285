//! Parsing a test binary's output: libtest JSON events (stable through
//! `RUSTC_BOOTSTRAP=1 … -Z unstable-options --format json`, as rust-analyzer
//! does), tolerant of noise, with a fallback to the plain `test x ... ok`
//! lines.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Started(String),
    Passed(String),
    Failed { name: String, output: String },
    Ignored(String),
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
}

/// One line of test output, or `None` when it carries no test event.
pub fn parse_line(line: &str) -> Option<Event> {
    let line = line.trim();
    if line.starts_with('{') {
        let raw: Raw = serde_json::from_str(line).ok()?;
        if raw.kind != "test" {
            return None;
        }
        let name = raw.name?;
        return match raw.event.as_str() {
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
        };
    }
    // Plain format: `test name ... ok`.
    let rest = line.strip_prefix("test ")?;
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

/// Where a failing test panicked and what it said.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Panic {
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
}

/// Extracts the panic of `thread 'name' panicked at file:line:col:\nmsg`.
pub fn parse_panic(output: &str) -> Panic {
    let mut lines = output.lines();
    while let Some(line) = lines.next() {
        // `thread 'name' panicked at FILE:LINE:COL:`; Rust 1.89+ adds the
        // thread id: `thread 'name' (1234) panicked at …`.
        if !line.starts_with("thread '") {
            continue;
        }
        let Some(at) = line.find(" panicked at ") else {
            continue;
        };
        let location = line[at + " panicked at ".len()..].trim_end_matches(':');
        let mut parts = location.rsplitn(3, ':');
        let column = parts.next().and_then(|c| c.parse().ok());
        let line_no = parts.next().and_then(|l| l.parse().ok());
        let file = parts.next().map(str::to_string);
        let message: Vec<&str> = lines
            .by_ref()
            .take_while(|l| !l.starts_with("note: run with `RUST_BACKTRACE"))
            .collect();
        return Panic {
            file,
            line: line_no,
            column,
            message: message.join("\n").trim().to_string(),
        };
    }
    Panic {
        message: output.trim().to_string(),
        ..Panic::default()
    }
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
                Started("a")
                Passed("a")
                Failed { name: "b", output: "boom\n" }
                Ignored("c")"#]],
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
