//! Simple data flow over a piece of syntax (a loop body, its condition, a
//! function): which variables it assigns, steps, indexes with or slices
//! from, found in the syntax tree, never in the spelling of the code.

use super::text;
use tree_sitter::Node;

/// Some syntax: a node, several (the exit conditions of a `loop`), or none.
#[derive(Clone)]
pub(super) struct Code<'t> {
    nodes: Vec<Node<'t>>,
    src: &'t str,
}

impl<'t> Code<'t> {
    pub fn of(node: Option<Node<'t>>, src: &'t str) -> Code<'t> {
        Code {
            nodes: node.into_iter().collect(),
            src,
        }
    }

    pub fn many(nodes: Vec<Node<'t>>, src: &'t str) -> Code<'t> {
        Code { nodes, src }
    }

    fn t(&self, node: Node) -> &'t str {
        text(node, self.src)
    }

    /// Every node, in source order.
    fn all(&self) -> Vec<Node<'t>> {
        let mut out = Vec::new();
        for &root in &self.nodes {
            let mut stack = vec![root];
            while let Some(n) = stack.pop() {
                out.push(n);
                let mut cursor = n.walk();
                let children: Vec<Node> = n.named_children(&mut cursor).collect();
                stack.extend(children.into_iter().rev());
            }
        }
        out
    }

    /// The variables it reads or writes, in order of first appearance: not
    /// field or method names, not the function of a call, not macro names
    /// or path segments.
    pub fn idents(&self) -> Vec<&'t str> {
        let mut out: Vec<&'t str> = Vec::new();
        for n in self.all() {
            if n.kind() != "identifier" {
                continue;
            }
            let parent = n.parent();
            let excluded = parent.is_some_and(|p| match p.kind() {
                "call_expression" => p.child_by_field_name("function") == Some(n),
                "macro_invocation" => p.child_by_field_name("macro") == Some(n),
                "scoped_identifier" | "scoped_type_identifier" => true,
                _ => false,
            });
            let name = self.t(n);
            if !excluded && !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }

    /// `v` or `*v`.
    fn is_var(&self, node: Node, v: &str) -> bool {
        match node.kind() {
            "identifier" => self.t(node) == v,
            "unary_expression" if self.t(node).starts_with('*') => {
                node.named_child(0).is_some_and(|n| self.is_var(n, v))
            }
            "parenthesized_expression" => node.named_child(0).is_some_and(|n| self.is_var(n, v)),
            _ => false,
        }
    }

    /// The right-hand sides of every `v = …` (not `let`, not `+=`).
    pub fn assignments(&self, v: &str) -> Vec<Node<'t>> {
        self.all()
            .into_iter()
            .filter(|n| n.kind() == "assignment_expression")
            .filter(|n| {
                n.child_by_field_name("left")
                    .is_some_and(|l| self.is_var(l, v))
            })
            .filter_map(|n| n.child_by_field_name("right"))
            .collect()
    }

    /// `v = …` somewhere.
    pub fn assigned(&self, v: &str) -> bool {
        !self.assignments(v).is_empty()
    }

    /// The right-hand sides of every `v OP …` (`op` is `+=`, `-=`, `/=`…).
    pub fn compound(&self, v: &str, op: &str) -> Vec<Node<'t>> {
        self.all()
            .into_iter()
            .filter(|n| n.kind() == "compound_assignment_expr")
            .filter(|n| {
                n.child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == op)
                    && n.child_by_field_name("left")
                        .is_some_and(|l| self.is_var(l, v))
            })
            .filter_map(|n| n.child_by_field_name("right"))
            .collect()
    }

    /// Any compound assignment with operator `op`, whatever it assigns.
    pub fn has_compound(&self, op: &str) -> bool {
        self.all().into_iter().any(|n| {
            n.kind() == "compound_assignment_expr"
                && n.child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == op)
        })
    }

    /// `v = v OP …`.
    fn rebinds_with(&self, v: &str, op: &str) -> bool {
        self.assignments(v).into_iter().any(|rhs| {
            rhs.kind() == "binary_expression"
                && rhs
                    .child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == op)
                && rhs
                    .child_by_field_name("left")
                    .is_some_and(|l| self.is_var(l, v))
        })
    }

    /// `v += …` or `v = v + …`.
    pub fn increments(&self, v: &str) -> bool {
        !self.compound(v, "+=").is_empty() || self.rebinds_with(v, "+")
    }

    /// `v -= …` or `v = v - …`.
    pub fn decrements(&self, v: &str) -> bool {
        !self.compound(v, "-=").is_empty() || self.rebinds_with(v, "-")
    }

    /// Assigned, stepped or rebound in any way.
    pub fn moves(&self, v: &str) -> bool {
        self.assigned(v) || self.increments(v) || self.decrements(v)
    }

    /// The initialiser of the first `let v = …` / `let mut v = …`.
    pub fn let_init(&self, v: &str) -> Option<Node<'t>> {
        self.all().into_iter().find_map(|n| {
            if n.kind() != "let_declaration" {
                return None;
            }
            let pat = n.child_by_field_name("pattern")?;
            let pat = if pat.kind() == "mut_pattern" {
                pat.named_child(0)?
            } else {
                pat
            };
            (pat.kind() == "identifier" && self.t(pat) == v)
                .then(|| n.child_by_field_name("value"))
                .flatten()
        })
    }

    /// `x[v]`: indexes with `v` itself.
    pub fn indexes_with(&self, v: &str) -> bool {
        self.all().into_iter().any(|n| {
            n.kind() == "index_expression" && n.named_child(1).is_some_and(|i| self.is_var(i, v))
        })
    }

    /// `x[v..]`, `x[v..e]`: a slice starting at `v`.
    pub fn slices_from(&self, v: &str) -> bool {
        self.all()
            .into_iter()
            .any(|n| self.slice_range_from(n, v).is_some())
    }

    /// The range of `n` when `n` is `x[v..]` or `x[v..e]`.
    fn slice_range_from<'n>(&self, n: Node<'n>, v: &str) -> Option<Node<'n>> {
        if n.kind() != "index_expression" {
            return None;
        }
        n.named_child(1).filter(|r| {
            r.kind() == "range_expression"
                && !self.t(*r).starts_with("..")
                && r.named_child(0).is_some_and(|s| self.is_var(s, v))
        })
    }

    /// `x[v..].rotate_right(w)`: a method that moves or copies every
    /// element of the rest of `x` from `v`, however little the loop then
    /// steps (a search that stops early, `x[v..].find(..)`, does not).
    pub fn walks_rest_from(&self, v: &str) -> bool {
        const WHOLE: &[&str] = &[
            "rotate_left",
            "rotate_right",
            "reverse",
            "fill",
            "to_vec",
            "to_owned",
            "to_string",
            "sort",
            "sort_unstable",
            "sort_by",
            "sort_by_key",
            "sort_unstable_by",
            "sort_unstable_by_key",
        ];
        self.all().into_iter().any(|n| {
            // No end: the rest of `x`, not a chunk of it.
            let rest = self
                .slice_range_from(n, v)
                .is_some_and(|r| r.named_child_count() == 1);
            rest && n
                .parent()
                .filter(|f| f.kind() == "field_expression")
                .and_then(|f| f.child_by_field_name("field"))
                .is_some_and(|m| WHOLE.contains(&self.t(m)))
        })
    }

    /// `a..b`, `a..=b` or `b - a`: the two variables delimit a range.
    pub fn delimits(&self, a: &str, b: &str) -> bool {
        self.all().into_iter().any(|n| match n.kind() {
            "range_expression" => {
                n.named_child_count() == 2
                    && n.named_child(0).is_some_and(|s| self.is_var(s, a))
                    && n.named_child(1).is_some_and(|e| self.is_var(e, b))
            }
            "binary_expression" => {
                n.child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == "-")
                    && n.child_by_field_name("left")
                        .is_some_and(|l| self.is_var(l, b))
                    && n.child_by_field_name("right")
                        .is_some_and(|r| self.is_var(r, a))
            }
            _ => false,
        })
    }

    /// `2 * v` or `v * 2`.
    pub fn doubles(&self, v: &str) -> bool {
        self.all().into_iter().any(|n| {
            if n.kind() != "binary_expression"
                || n.child_by_field_name("operator")
                    .is_none_or(|o| self.t(o) != "*")
            {
                return false;
            }
            let (Some(l), Some(r)) = (
                n.child_by_field_name("left"),
                n.child_by_field_name("right"),
            ) else {
                return false;
            };
            let two = |x: Node| x.kind() == "integer_literal" && self.t(x) == "2";
            (two(l) && self.is_var(r, v)) || (two(r) && self.is_var(l, v))
        })
    }

    /// A binary operation with one of `ops`.
    pub fn has_binary(&self, ops: &[&str]) -> bool {
        self.all().into_iter().any(|n| {
            n.kind() == "binary_expression"
                && n.child_by_field_name("operator")
                    .is_some_and(|o| ops.contains(&self.t(o)))
        })
    }

    /// A call of `function` (as written: `f`, `Self::f`, `self.f`).
    pub fn calls(&self, function: &str) -> bool {
        self.all().into_iter().any(|n| {
            n.kind() == "call_expression"
                && n.child_by_field_name("function")
                    .is_some_and(|f| self.t(f) == function)
        })
    }

    /// A method call `….method(…)`.
    pub fn calls_method(&self, method: &str) -> bool {
        self.all().into_iter().any(|n| {
            n.kind() == "call_expression"
                && n.child_by_field_name("function").is_some_and(|f| {
                    f.kind() == "field_expression"
                        && f.child_by_field_name("field")
                            .is_some_and(|m| self.t(m) == method)
                })
        })
    }

    /// A loop inside that walks `0..v` in strides of two or more (`while
    /// i < v { …; i += 2 }`, `for i in (0..v).step_by(2)`): a pass that
    /// pairs up the elements of a level `v` long.
    pub fn strides_over(&self, v: &str) -> bool {
        let two_or_more = |n: Node| {
            n.kind() == "integer_literal"
                && self
                    .t(n)
                    .trim_end_matches(char::is_alphabetic)
                    .parse::<u64>()
                    .is_ok_and(|k| k >= 2)
        };
        self.all().into_iter().any(|n| match n.kind() {
            "while_expression" => {
                let Some(c) = n.child_by_field_name("condition") else {
                    return false;
                };
                let op = c.child_by_field_name("operator").map(|o| self.t(o));
                let (Some(i), Some(end)) = (
                    c.child_by_field_name("left"),
                    c.child_by_field_name("right"),
                ) else {
                    return false;
                };
                c.kind() == "binary_expression"
                    && matches!(op, Some("<" | "<="))
                    && self.t(end) == v
                    && Code::of(n.child_by_field_name("body"), self.src)
                        .compound(self.t(i), "+=")
                        .into_iter()
                        .any(two_or_more)
            }
            "for_expression" => n.child_by_field_name("value").is_some_and(|value| {
                let t: String = self.t(value).split_whitespace().collect();
                let Some(arg) = t.strip_prefix(&format!("(0..{v}).step_by(")) else {
                    return false;
                };
                arg.trim_end_matches(')')
                    .parse::<u64>()
                    .is_ok_and(|k| k >= 2)
            }),
            _ => false,
        })
    }

    /// A `for` or `while` inside.
    pub fn has_loop(&self) -> bool {
        self.all()
            .into_iter()
            .any(|n| matches!(n.kind(), "for_expression" | "while_expression"))
    }

    /// Every node of `kind`, in source order.
    pub fn of_kind(&self, kind: &str) -> Vec<Node<'t>> {
        self.all()
            .into_iter()
            .filter(|n| n.kind() == kind)
            .collect()
    }

    /// A `break` or a `return` inside.
    pub fn has_kind(&self, kind: &str) -> bool {
        self.all().into_iter().any(|n| n.kind() == kind)
    }

    /// `&mut v`: handed out to be changed elsewhere.
    /// Every `&mut v` in it.
    pub fn mut_loans(&self, v: &str) -> Vec<Node<'t>> {
        self.all()
            .into_iter()
            .filter(|n| {
                n.kind() == "reference_expression"
                    && n.named_children(&mut n.walk())
                        .any(|c| c.kind() == "mutable_specifier")
                    && n.child_by_field_name("value")
                        .is_some_and(|x| self.is_var(x, v))
            })
            .collect()
    }

    pub fn lends_mut(&self, v: &str) -> bool {
        self.all().into_iter().any(|n| {
            n.kind() == "reference_expression"
                && n.named_children(&mut n.walk())
                    .any(|c| c.kind() == "mutable_specifier")
                && n.child_by_field_name("value")
                    .is_some_and(|x| self.is_var(x, v))
        })
    }

    /// The body divides a variable by a constant and keeps the quotient:
    /// `n = n / 62`, `n = n >> 3` (one round per digit).
    pub fn divides_in_place(&self) -> bool {
        self.all().into_iter().any(|node| {
            if node.kind() != "assignment_expression" {
                return false;
            }
            let (Some(left), Some(right)) = (
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
            ) else {
                return false;
            };
            let right = if right.kind() == "parenthesized_expression" {
                right.named_child(0).unwrap_or(right)
            } else {
                right
            };
            let op = right.child_by_field_name("operator").map(|o| self.t(o));
            let divisor = right
                .child_by_field_name("right")
                .filter(|r| r.kind() == "integer_literal")
                .and_then(|r| {
                    self.t(r)
                        .trim_end_matches(char::is_alphabetic)
                        .parse::<u64>()
                        .ok()
                });
            let same = right
                .child_by_field_name("left")
                .is_some_and(|l| self.t(l) == self.t(left));
            right.kind() == "binary_expression"
                && same
                && match (op, divisor) {
                    (Some("/"), Some(d)) => d >= 2,
                    (Some(">>"), Some(d)) => d >= 1,
                    _ => false,
                }
        })
    }

    /// The body halves or doubles a value: `x / 2`, `x >> 1`, `x /= 2`,
    /// `x >>= 1`, `x *= 2`, `x <<= 1`.
    pub fn halves(&self) -> bool {
        self.all().into_iter().any(|node| {
            let op = node.child_by_field_name("operator").map(|o| self.t(o));
            let right = node
                .child_by_field_name("right")
                .filter(|r| r.kind() == "integer_literal")
                .map(|r| self.t(r).trim_end_matches(char::is_alphabetic));
            matches!(
                (node.kind(), op, right),
                ("binary_expression", Some("/"), Some("2"))
                    | ("binary_expression", Some(">>"), Some("1"))
                    | ("compound_assignment_expr", Some("/=" | "*="), Some("2"))
                    | ("compound_assignment_expr", Some(">>=" | "<<="), Some("1"))
            )
        })
    }
}

/// `mem::take(&mut place)` or `mem::replace(&mut place, …)` (also through
/// `std::` or imported bare): the place whose contents the call moves out,
/// as written after `&mut` (`self.out`).
pub(super) fn moved_out_of<'s>(src: &'s str, call: Node) -> Option<&'s str> {
    if call.kind() != "call_expression" {
        return None;
    }
    let callee = &src[call.child_by_field_name("function")?.byte_range()];
    let path = callee.strip_prefix("std::").unwrap_or(callee);
    if !matches!(path, "mem::take" | "mem::replace" | "take" | "replace") {
        return None;
    }
    let place = call.child_by_field_name("arguments")?.named_child(0)?;
    let text = src[place.byte_range()].strip_prefix('&')?.trim_start();
    Some(text.strip_prefix("mut")?.trim_start())
}
