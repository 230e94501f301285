//! Syntax errors from tree-sitter's ERROR and MISSING nodes.

use super::Finding;
use crate::catalog::Severity;
use tree_sitter::{Node, Tree};

pub fn syntax_errors(text: &str, tree: &Tree) -> Vec<Finding> {
    let mut findings = Vec::new();
    if tree.root_node().has_error() {
        collect(text, tree.root_node(), &mut findings);
    }
    findings
}

fn collect(text: &str, node: Node, out: &mut Vec<Finding>) {
    if node.is_missing() {
        out.push(Finding {
            range: node.start_byte()..node.end_byte(),
            severity: Severity::Error,
            code: "syntax/missing".into(),
            message: format!("syntax error: missing `{}`", node.kind()),
            related: Vec::new(),
        });
        return;
    }
    if node.is_error() {
        let snippet: String = text[node.start_byte()..node.end_byte()]
            .chars()
            .take(30)
            .collect();
        let snippet = snippet.lines().next().unwrap_or("").trim();
        let message = if snippet.is_empty() {
            "syntax error".to_string()
        } else {
            format!("syntax error: unexpected `{snippet}`")
        };
        out.push(Finding {
            range: node.start_byte()..node.end_byte(),
            severity: Severity::Error,
            code: "syntax/error".into(),
            message,
            related: Vec::new(),
        });
        return;
    }
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        if child.has_error() || child.is_missing() {
            collect(text, child, out);
        }
    }
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
