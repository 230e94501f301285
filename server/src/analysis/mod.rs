//! Pure analysis of a learner's file: no IO, no protocol types. Input: the
//! text, its tree-sitter tree and the kata; output: plain findings with byte
//! ranges. Runs on every keystroke, so everything here is cheap.

pub mod complexity;
mod rule_reach;
mod rule_receiver;
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
/// the kata's rules, which read the file's complexity `estimates` for the
/// receivers that hold constant data. A file too deeply nested for the
/// complexity estimator gets a finding saying so at its start (the syntax
/// check and the rules do not recurse and still run).
pub fn check(
    text: &str,
    tree: &Tree,
    rules: &CompiledRules,
    estimates: &[complexity::ItemEstimate],
) -> Vec<Finding> {
    let mut findings: Vec<Finding> = TreeShape::of(tree).too_deep().into_iter().collect();
    findings.extend(syntax_errors(text, tree));
    findings.extend(rules.check(text, tree, estimates));
    findings
}

/// The deepest tree the complexity estimator walks. Real code stays well
/// under 100 levels; a few hundred bytes of nested parentheses or blocks
/// go past it.
pub const MAX_NESTING: usize = 256;

/// The estimator recurses once per tree level and once per call into
/// another function of the file; it runs on a thread of its own with
/// this much stack (reserved, not committed: only what it touches is
/// used).
pub const ESTIMATOR_STACK: usize = 256 << 20;

/// Stack per tree level and per call of the estimator, with margin over
/// what a debug build measures (about 17 KiB and 45 KiB; a release build
/// needs much less): see `stack_probe` in the tests.
const LEVEL_BYTES: usize = 24 << 10;
const CALL_BYTES: usize = 64 << 10;

/// What bounds the stack of the recursive analyses: nesting depth and
/// the functions a chain of calls may go through. Computed with a tree
/// cursor, without recursion, whatever the depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TreeShape {
    /// The depth of the deepest node (the root is at depth 0).
    pub depth: usize,
    /// `fn` items.
    pub fns: usize,
    /// The sum over `fn` items of their own depth (deepest node below the
    /// item): a bound on the levels of a chain of calls through them.
    pub fn_levels: usize,
}

impl TreeShape {
    pub fn of(tree: &Tree) -> TreeShape {
        let function_item = language().id_for_node_kind("function_item", true);
        let mut shape = TreeShape::default();
        // Open `fn` items: (their depth, the deepest depth seen inside).
        let mut open: Vec<(usize, usize)> = Vec::new();
        let close = |open: &mut Vec<(usize, usize)>, shape: &mut TreeShape, depth: usize| {
            while let Some(&(at, deepest)) = open.last() {
                if at < depth {
                    break;
                }
                open.pop();
                shape.fn_levels += deepest - at;
                if let Some(parent) = open.last_mut() {
                    parent.1 = parent.1.max(deepest);
                }
            }
        };
        let mut cursor = tree.walk();
        let mut depth = 0;
        loop {
            // Visit the cursor's node at `depth`.
            close(&mut open, &mut shape, depth);
            shape.depth = shape.depth.max(depth);
            if let Some(top) = open.last_mut() {
                top.1 = top.1.max(depth);
            }
            if cursor.node().kind_id() == function_item {
                shape.fns += 1;
                open.push((depth, depth));
            }
            if cursor.goto_first_child() {
                depth += 1;
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    break;
                }
                if !cursor.goto_parent() {
                    close(&mut open, &mut shape, 0);
                    return shape;
                }
                depth -= 1;
            }
        }
    }

    /// The stack the estimator may need on this tree, at most.
    pub fn estimator_stack(&self) -> usize {
        (self.depth + self.fn_levels)
            .saturating_mul(LEVEL_BYTES)
            .saturating_add(self.fns.saturating_mul(CALL_BYTES))
    }

    /// Whether the recursive analyses may run on this tree.
    pub fn estimable(&self) -> bool {
        self.depth <= MAX_NESTING && self.estimator_stack() <= ESTIMATOR_STACK / 2
    }

    /// The finding for a tree the estimator must not walk, at the start
    /// of the file.
    pub fn too_deep(&self) -> Option<Finding> {
        if self.estimable() {
            return None;
        }
        let message = if self.depth > MAX_NESTING {
            format!(
                "nesting too deep to analyse (depth {}, limit {MAX_NESTING}): the complexity estimate is skipped",
                self.depth
            )
        } else {
            format!(
                "too many functions to analyse ({} functions, {} levels deep in all): the complexity estimate is skipped",
                self.fns, self.fn_levels
            )
        };
        Some(Finding {
            range: 0..0,
            severity: Severity::Warning,
            code: "analysis/too-deep".into(),
            message,
            related: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deeply nested sources of each shape the walks recurse on.
    pub fn deep_sources(levels: usize) -> Vec<(&'static str, String)> {
        let n = levels;
        vec![
            (
                "parens",
                format!("fn f() -> i32 {{ {}1{} }}", "(".repeat(n), ")".repeat(n)),
            ),
            (
                "blocks",
                format!("fn f() {{ {}{} }}", "{".repeat(n), "}".repeat(n)),
            ),
            (
                "ifs",
                format!(
                    "fn f(x: i32) -> i32 {{ {}0{} }}",
                    "if x > 0 { ".repeat(n),
                    " } else { 1 }".repeat(n)
                ),
            ),
            (
                "loops",
                format!(
                    "fn f(v: &[i32]) {{ {}{} }}",
                    "for a in v { ".repeat(n),
                    "}".repeat(n)
                ),
            ),
            (
                "closures",
                format!(
                    "fn f() {{ let g = {}1{}; }}",
                    "|x: i32| ".repeat(n),
                    "".repeat(n)
                ),
            ),
            (
                "sum",
                format!("fn f(x: i32) -> i32 {{ x{} }}", " + x".repeat(n)),
            ),
            (
                "calls",
                format!(
                    "fn f(x: i32) -> i32 {{ {}x{} }}",
                    "f(".repeat(n),
                    ")".repeat(n)
                ),
            ),
            (
                "chain",
                format!(
                    "fn f(v: Vec<i32>) -> usize {{ v{}.len() }}",
                    ".iter()".repeat(n)
                ),
            ),
            (
                "types",
                format!("fn f(x: {}i32{}) {{}}", "Vec<".repeat(n), ">".repeat(n)),
            ),
            (
                "arrays",
                format!("fn f(x: {}i32{}) {{}}", "[".repeat(n), "; 2]".repeat(n)),
            ),
            (
                "refs",
                format!(
                    "fn f(x: {}i32) {{ let y = {}x; }}",
                    "&".repeat(n),
                    "&".repeat(n)
                ),
            ),
            (
                "index",
                format!("fn f(v: &[i32]) -> i32 {{ v{} }}", "[0]".repeat(n)),
            ),
            (
                "unary",
                format!("fn f(x: i32) -> i32 {{ {}x }}", "-".repeat(n)),
            ),
            (
                "tuples",
                format!(
                    "fn f() {{ let t = {}1{}; }}",
                    "(1, ".repeat(n),
                    ")".repeat(n)
                ),
            ),
            (
                "matches",
                format!(
                    "fn f(x: i32) -> i32 {{ {}0{} }}",
                    "match x { _ => ".repeat(n),
                    " }".repeat(n)
                ),
            ),
            (
                "mods",
                format!("{}fn f() {{}}{}", "mod m { ".repeat(n), "}".repeat(n)),
            ),
            (
                "impls",
                format!(
                    "struct S; impl S {{ fn f(&self) {{ {}{} }} }}",
                    "loop { ".repeat(n),
                    "}".repeat(n)
                ),
            ),
            (
                "whiles",
                format!(
                    "fn f(mut x: i32) {{ {}{} }}",
                    "while x > 0 { x -= 1; ".repeat(n),
                    "}".repeat(n)
                ),
            ),
            (
                "callchain",
                (0..n)
                    .map(|i| format!("fn f{i}(x: &[i32]) -> usize {{ f{}(x) }}\n", i + 1))
                    .collect(),
            ),
            (
                "lets",
                format!(
                    "fn f() -> i32 {{ {}1{} }}",
                    "{ let a = ".repeat(n),
                    "; a }".repeat(n)
                ),
            ),
        ]
    }

    /// Runs every analysis on each shape at `levels`, on a thread with
    /// `stack` bytes (the smallest a tokio worker has); aborts on overflow.
    fn analyse_all(
        levels: usize,
        stack: usize,
    ) -> Vec<(&'static str, TreeShape, usize, Vec<Finding>)> {
        std::thread::Builder::new()
            .stack_size(stack)
            .spawn(move || {
                let only = std::env::var("KATA_STACK_SHAPE").unwrap_or_default();
                let mut out = Vec::new();
                for (shape, src) in deep_sources(levels) {
                    if !only.is_empty() && only != shape {
                        continue;
                    }
                    let tree = parse(&src);
                    let got = TreeShape::of(&tree);
                    let estimates = complexity::estimate(&src, &tree);
                    let findings = check(&src, &tree, &CompiledRules::empty(), &estimates);
                    eprintln!("{shape}: {got:?} estimated {} ok", estimates.len());
                    out.push((shape, got, estimates.len(), findings));
                }
                out
            })
            .unwrap()
            .join()
            .unwrap()
    }

    /// KATA_STACK_PROBE="levels,stack": how deep each shape goes (with
    /// KATA_STACK_SHAPE, one shape); how LEVEL_BYTES and CALL_BYTES were
    /// measured, before the guard.
    #[test]
    fn stack_probe() {
        let Ok(spec) = std::env::var("KATA_STACK_PROBE") else {
            return;
        };
        let (levels, stack) = spec.split_once(',').unwrap();
        analyse_all(levels.parse().unwrap(), stack.parse().unwrap());
    }

    #[test]
    fn shallow_files_are_estimated_deep_ones_get_a_finding() {
        for (shape, got, estimated, findings) in analyse_all(20, 2 << 20) {
            assert!(got.estimable(), "{shape}: {got:?}");
            assert!(estimated > 0, "{shape}");
            assert!(findings.iter().all(|f| f.code != "analysis/too-deep"));
        }
        for levels in [300, 1000, 20_000] {
            for (shape, got, estimated, findings) in analyse_all(levels, 2 << 20) {
                let deep = findings.iter().find(|f| f.code == "analysis/too-deep");
                if shape == "callchain" && levels == 300 {
                    // 300 small functions in a chain still fit.
                    assert_eq!(estimated, 300);
                    assert!(deep.is_none());
                    continue;
                }
                assert_eq!(estimated, 0, "{shape} at {levels}");
                let deep = deep.unwrap_or_else(|| panic!("{shape} at {levels}: {got:?}"));
                assert_eq!(deep.range, 0..0);
            }
        }
    }

    #[test]
    fn the_finding_names_depth_and_limit() {
        let src = format!(
            "fn f() -> i32 {{ {}1{} }}",
            "(".repeat(1000),
            ")".repeat(1000)
        );
        let tree = parse(&src);
        let f = TreeShape::of(&tree).too_deep().unwrap();
        assert_eq!(
            f.message,
            "nesting too deep to analyse (depth 1003, limit 256): the complexity estimate is skipped"
        );
        let chain: String = (0..3000)
            .map(|i| format!("fn f{i}() {{ f{}() }}\n", i + 1))
            .collect();
        let f = TreeShape::of(&parse(&chain)).too_deep().unwrap();
        assert_eq!(
            f.message,
            "too many functions to analyse (3000 functions, 12000 levels deep in all): the complexity estimate is skipped"
        );
    }

    #[test]
    fn shape_of_a_small_file() {
        let tree = parse("fn a() { { 1; } }\nmod m { fn b() {} }\n");
        let got = TreeShape::of(&tree);
        assert_eq!(
            (got.fns, got.depth),
            (2, 6),
            "{}",
            tree.root_node().to_sexp()
        );
    }
}
