//! Pure analysis of a learner's file: no IO, no protocol types. Input: the
//! text, its tree-sitter tree and the kata; output: plain findings with byte
//! ranges. Runs on every keystroke, so everything here is cheap.

pub mod complexity;
mod rules;
mod syntax;
pub mod target_check;

pub use rules::{CompiledRules, RuleError};
pub use syntax::syntax_errors;

use crate::catalog::Severity;
use std::ops::Range;
use tree_sitter::{Parser, Tree};

/// Something the learner should see, located by byte range in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub range: Range<usize>,
    pub severity: Severity,
    /// Stable code: `syntax/error`, `rule/<id>`, `complexity/<kind>`.
    pub code: String,
    pub message: String,
    /// Other places that explain the finding.
    pub related: Vec<Related>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub range: Range<usize>,
    pub message: String,
}

pub fn language() -> tree_sitter::Language {
    tree_sitter_rust::LANGUAGE.into()
}

pub fn parser() -> Parser {
    let mut parser = Parser::new();
    parser
        .set_language(&language())
        .expect("tree-sitter-rust matches the tree-sitter version");
    parser
}

/// A fresh parse; the language server reparses incrementally instead.
pub fn parse(text: &str) -> Tree {
    parser()
        .parse(text, None)
        .expect("parsing without a timeout or cancellation always succeeds")
}

/// Every keystroke-time finding for a kata file: syntax errors first, then
/// the kata's rules.
pub fn check(text: &str, tree: &Tree, rules: &CompiledRules) -> Vec<Finding> {
    let mut findings = syntax_errors(text, tree);
    findings.extend(rules.check(text, tree));
    findings
}
