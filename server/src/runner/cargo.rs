//! `cargo test --no-run --message-format=json`: compiler messages become
//! located diagnostics; test artifacts become the binaries to run.

use serde::Deserialize;
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

#[derive(Deserialize)]
struct Line {
    reason: String,
    #[serde(default)]
    message: Option<RawMessage>,
    #[serde(default)]
    target: Option<RawTarget>,
    #[serde(default)]
    profile: Option<RawProfile>,
    #[serde(default)]
    executable: Option<PathBuf>,
    #[serde(default)]
    success: Option<bool>,
}

#[derive(Deserialize)]
struct RawMessage {
    level: String,
    message: String,
    #[serde(default)]
    code: Option<RawCode>,
    #[serde(default)]
    rendered: Option<String>,
    #[serde(default)]
    spans: Vec<RawSpan>,
}

#[derive(Deserialize)]
struct RawCode {
    code: String,
}

#[derive(Deserialize)]
struct RawSpan {
    file_name: String,
    byte_start: usize,
    byte_end: usize,
    line_start: u32,
    column_start: u32,
    is_primary: bool,
}

#[derive(Deserialize)]
struct RawTarget {
    name: String,
    kind: Vec<String>,
}

#[derive(Deserialize)]
struct RawProfile {
    test: bool,
}

impl BuildOutput {
    pub fn parse_line(&mut self, line: &str) {
        let Ok(parsed) = serde_json::from_str::<Line>(line) else {
            return;
        };
        match parsed.reason.as_str() {
            "compiler-message" => {
                let Some(m) = parsed.message else { return };
                if m.level == "failure-note" {
                    return;
                }
                let primary = m.spans.iter().find(|s| s.is_primary);
                self.messages.push(CompilerMessage {
                    level: m.level,
                    message: m.message,
                    code: m.code.map(|c| c.code),
                    rendered: m.rendered.unwrap_or_default(),
                    file: primary.map(|s| s.file_name.clone()),
                    byte_range: primary.map(|s| s.byte_start..s.byte_end),
                    line: primary.map(|s| s.line_start),
                    column: primary.map(|s| s.column_start),
                });
            }
            "compiler-artifact" => {
                let (Some(target), Some(profile), Some(exe)) =
                    (parsed.target, parsed.profile, parsed.executable)
                else {
                    return;
                };
                if profile.test {
                    let name = if target.kind.iter().any(|k| k == "lib") {
                        "lib".into()
                    } else {
                        target.name
                    };
                    self.binaries.push(TestBinary {
                        path: exe,
                        target: name,
                    });
                }
            }
            "build-finished" => self.finished_ok = parsed.success,
            _ => {}
        }
    }

    pub fn errors(&self) -> impl Iterator<Item = &CompilerMessage> {
        self.messages.iter().filter(|m| m.level == "error")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_errors_and_artifacts() {
        let mut out = BuildOutput::default();
        out.parse_line(r#"{"reason":"compiler-message","package_id":"x","message":{"level":"error","message":"mismatched types","code":{"code":"E0308","explanation":""},"rendered":"error[E0308]: mismatched types\n","spans":[{"file_name":"pair-sum/src/lib.rs","byte_start":10,"byte_end":12,"line_start":2,"line_end":2,"column_start":5,"column_end":7,"is_primary":true}],"children":[]}}"#);
        out.parse_line(r#"{"reason":"compiler-artifact","package_id":"x","target":{"name":"pair_sum","kind":["test"]},"profile":{"test":true},"executable":"/t/deps/pair_sum-abc","fresh":false}"#);
        out.parse_line(r#"{"reason":"compiler-artifact","package_id":"x","target":{"name":"pair_sum","kind":["lib"]},"profile":{"test":false},"executable":null}"#);
        out.parse_line(r#"{"reason":"build-finished","success":false}"#);
        let e = out.errors().next().unwrap();
        assert_eq!(
            (e.file.as_deref(), e.line, e.column, e.code.as_deref()),
            (Some("pair-sum/src/lib.rs"), Some(2), Some(5), Some("E0308"))
        );
        assert_eq!(
            out.binaries,
            [TestBinary {
                path: "/t/deps/pair_sum-abc".into(),
                target: "pair_sum".into()
            }]
        );
        assert_eq!(out.finished_ok, Some(false));
    }
}
