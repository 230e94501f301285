//! Syntax errors from tree-sitter's ERROR and MISSING nodes.

use super::Finding;
use crate::catalog::Severity;
use tree_sitter::{Node, Tree};

pub fn syntax_errors(text: &str, tree: &Tree) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Depth first, in order, with a stack rather than recursion: a file
    // may nest deeper than the thread's stack allows.
    let mut stack = vec![tree.root_node()];
    while let Some(node) = stack.pop() {
        if let Some(finding) = finding(text, node) {
            findings.push(finding);
            continue;
        }
        let first = stack.len();
        let mut cursor = node.walk();
        stack.extend(
            node.children(&mut cursor)
                .filter(|c| c.has_error() || c.is_missing()),
        );
        stack[first..].reverse();
    }
    findings
}

/// The finding of an ERROR or MISSING node.
fn finding(text: &str, node: Node) -> Option<Finding> {
    if node.is_missing() {
        return Some(Finding {
            range: node.start_byte()..node.end_byte(),
            severity: Severity::Error,
            code: "syntax/missing".into(),
            message: format!("syntax error: missing `{}`", node.kind()),
            related: Vec::new(),
        });
    }
    if !node.is_error() {
        return None;
    }
    let snippet: String = text
        .get(node.start_byte()..node.end_byte())
        .unwrap_or("")
        .chars()
        .take(30)
        .collect();
    let snippet = snippet.lines().next().unwrap_or("").trim();
    let message = if snippet.is_empty() {
        "syntax error".to_string()
    } else {
        format!("syntax error: unexpected `{snippet}`")
    };
    Some(Finding {
        range: node.start_byte()..node.end_byte(),
        severity: Severity::Error,
        code: "syntax/error".into(),
        message,
        related: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::parse;
    use expect_test::{expect, Expect};

    fn check(text: &str, expect: Expect) {
        let tree = parse(text);
        let out: Vec<String> = syntax_errors(text, &tree)
            .iter()
            .map(|f| format!("{:?} {} {}", f.range, f.code, f.message))
            .collect();
        expect.assert_eq(&out.join("\n"));
    }

    #[test]
    fn clean_file_has_no_errors() {
        check("fn main() { let x = 1; }", expect![""]);
    }

    #[test]
    fn missing_semicolon() {
        check(
            "fn f() -> i32 { let x = 1 x }",
            expect!["25..25 syntax/missing syntax error: missing `;`"],
        );
    }

    #[test]
    fn stray_token() {
        check(
            "fn f() { let = ; }",
            expect!["9..14 syntax/error syntax error: unexpected `let =`"],
        );
    }
}
