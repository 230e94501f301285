//! `cargo test --no-run --message-format=json`: compiler messages become
//! located diagnostics; test artifacts become the binaries to run.

use cargo_metadata::diagnostic::{Diagnostic, DiagnosticLevel};
use cargo_metadata::{Message, TargetKind};
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompilerMessage {
    pub level: String,
    pub message: String,
    pub code: Option<String>,
    pub rendered: String,
    /// Primary span: path as cargo reports it (relative to the workspace).
    pub file: Option<String>,
    pub byte_range: Option<std::ops::Range<usize>>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestBinary {
    pub path: PathBuf,
    /// `lib` for unit tests, else the integration test's name.
    pub target: String,
}

#[derive(Debug, Default)]
pub struct BuildOutput {
    pub messages: Vec<CompilerMessage>,
    pub binaries: Vec<TestBinary>,
    pub finished_ok: Option<bool>,
}

/// One line of cargo's `--message-format=json` output, typed; `None` for
/// anything else (cargo's plain text, a truncated line).
pub fn parse_message(line: &str) -> Option<Message> {
    if let Ok(message) = serde_json::from_str(line) {
        return Some(message);
    }
    // A compiler message written by hand (the language server's tests)
    // leaves out fields that cargo always sends and that these types
    // require; fill them in rather than lose the diagnostic.
    let mut value: serde_json::Value = serde_json::from_str(line).ok()?;
    if value.get("reason")?.as_str()? != "compiler-message" {
        return None;
    }
    fill(&mut value, "package_id", serde_json::json!("unknown"));
    fill(
        &mut value,
        "target",
        serde_json::json!({"name": "", "kind": [], "src_path": ""}),
    );
    let diagnostic = value.get_mut("message")?;
    fill(diagnostic, "children", serde_json::json!([]));
    for span in diagnostic.get_mut("spans")?.as_array_mut()? {
        let line = span.get("line_start").cloned().unwrap_or_default();
        let column = span.get("column_start").cloned().unwrap_or_default();
        fill(span, "line_end", line);
        fill(span, "column_end", column);
        fill(span, "text", serde_json::json!([]));
    }
    serde_json::from_value(value).ok()
}

fn fill(object: &mut serde_json::Value, key: &str, default: serde_json::Value) {
    if let Some(object) = object.as_object_mut() {
        object.entry(key).or_insert(default);
    }
}

impl BuildOutput {
    pub fn parse_line(&mut self, line: &str) {
        if let Some(message) = parse_message(line) {
            self.record(&message);
        }
    }

    /// Takes in one parsed cargo message (callers that also look at the
    /// message themselves parse it once).
    pub fn record(&mut self, message: &Message) {
        match message {
            Message::CompilerMessage(m) => {
                let Some(message) = compiler_message(&m.message) else {
                    return;
                };
                // `cargo test` compiles the library twice (as a library and
                // as its unit-test harness), and rustc reports the same
                // diagnostic for each: one mistake must show once.
                if !self
                    .messages
                    .iter()
                    .any(|seen| same_diagnostic(seen, &message))
                {
                    self.messages.push(message);
                }
            }
            Message::CompilerArtifact(a) => {
                let Some(exe) = &a.executable else { return };
                if a.profile.test {
                    let name = if a.target.kind.contains(&TargetKind::Lib) {
                        "lib".into()
                    } else {
                        a.target.name.clone()
                    };
                    let binary = TestBinary {
                        path: exe.clone().into(),
                        target: name,
                    };
                    if !self.binaries.contains(&binary) {
                        self.binaries.push(binary);
                    }
                }
            }
            Message::BuildFinished(f) => self.finished_ok = Some(f.success),
            _ => {}
        }
    }

    pub fn errors(&self) -> impl Iterator<Item = &CompilerMessage> {
        self.messages.iter().filter(|m| m.level == "error")
    }
}

/// The executable of a `bin` target, from a `compiler-artifact` message.
pub fn bin_executable(message: &Message) -> Option<PathBuf> {
    match message {
        Message::CompilerArtifact(a) if a.target.kind.contains(&TargetKind::Bin) => {
            a.executable.clone().map(PathBuf::from)
        }
        _ => None,
    }
}

fn same_diagnostic(a: &CompilerMessage, b: &CompilerMessage) -> bool {
    a.level == b.level && a.file == b.file && a.byte_range == b.byte_range && a.message == b.message
}

fn compiler_message(m: &Diagnostic) -> Option<CompilerMessage> {
    // The level as rustc spells it: `error`, `warning`, `note`, `help`,
    // `error: internal compiler error`.
    let level = match serde_json::to_value(m.level) {
        Ok(serde_json::Value::String(level)) => level,
        _ => format!("{:?}", m.level).to_lowercase(),
    };
    if m.level == DiagnosticLevel::FailureNote {
        return None;
    }
    let primary = m.spans.iter().find(|s| s.is_primary);
    Some(CompilerMessage {
        level,
        message: m.message.clone(),
        code: m.code.as_ref().map(|c| c.code.clone()),
        rendered: m.rendered.clone().unwrap_or_default(),
        file: primary.map(|s| s.file_name.clone()),
        byte_range: primary.map(|s| s.byte_start as usize..s.byte_end as usize),
        line: primary.map(|s| s.line_start as u32),
        column: primary.map(|s| s.column_start as u32),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{expect, Expect};

    fn check(lines: &str, expect: Expect) {
        let mut out = BuildOutput::default();
        for line in lines.lines() {
            out.parse_line(line);
        }
        let mut shown = Vec::new();
        for m in &out.messages {
            shown.push(format!(
                "{} {:?} {}:{}:{} {:?}: {}",
                m.level,
                m.code,
                m.file.as_deref().unwrap_or("-"),
                m.line.unwrap_or(0),
                m.column.unwrap_or(0),
                m.byte_range,
                m.message
            ));
        }
        for b in &out.binaries {
            shown.push(format!("binary {} {}", b.target, b.path.display()));
        }
        shown.push(format!("finished {:?}", out.finished_ok));
        expect.assert_eq(&shown.join("\n"));
    }

    /// Real output of `cargo test --no-run --message-format=json` on a crate
    /// whose library does not compile: rustc reports the error once for the
    /// library and once for its unit-test harness.
    const COMPILE_ERROR: &str = include_str!("testdata/cargo-compile-error.jsonl");

    #[test]
    fn a_compile_error_reported_for_lib_and_test_harness_shows_once() {
        check(
            COMPILE_ERROR,
            expect![[r#"
                error Some("E0308") pair-sum/src/lib.rs:2:5 Some(24..27): mismatched types
                finished Some(false)"#]],
        );
    }

    #[test]
    fn an_abbreviated_compiler_message_still_counts() {
        check(
            r#"{"reason":"compiler-message","message":{"level":"error","message":"mismatched types","code":{"code":"E0308"},"rendered":"","spans":[{"file_name":"a/src/lib.rs","byte_start":3,"byte_end":5,"line_start":1,"column_start":4,"is_primary":true}]}}"#,
            expect![[r#"
                error Some("E0308") a/src/lib.rs:1:4 Some(3..5): mismatched types
                finished None"#]],
        );
    }

    #[test]
    fn test_artifacts_become_binaries() {
        check(
            include_str!("testdata/cargo-artifacts.jsonl"),
            expect![[r#"
                binary lib /w/target/debug/deps/pair_sum-7a5f9a6264358d55
                binary pair_sum /w/target/debug/deps/pair_sum-5cd859071fad031f
                finished Some(true)"#]],
        );
    }
}
