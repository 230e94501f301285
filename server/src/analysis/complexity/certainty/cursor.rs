//! A loop that moves a cursor its caller hands over and hands back (`let
//! advance = |mut p, ok| { while p < v.len() && ok(v[p]) { p += 1 } p };`
//! called as `lo = advance(lo, ..)`): the caller may resume where the last
//! call stopped (two pointers kept in a fold's accumulator), so n rounds
//! per call is only an upper bound. The same for a cursor kept in the
//! structure (`let mut i = self.head; while i < hi && .. { i += 1 }
//! self.head = i;`): each index is passed once over the structure's life.

use super::super::walk::helpers::{is_ident, mentions};
use super::facts::*;
use super::Step;
use tree_sitter::{Node, Tree};

/// The loop of `step` is a `while` whose condition reads a parameter of
/// the closure or function around it, which the loop steps forward and
/// the closure or function returns.
pub(super) fn moves_a_given_cursor(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(lp) = node_at(tree, step).and_then(loop_node) else {
        return false;
    };
    if lp.kind() != "while_expression" {
        return false;
    }
    let Some(owner) = std::iter::successors(lp.parent(), |n| n.parent())
        .find(|n| matches!(n.kind(), "closure_expression" | "function_item"))
    else {
        return false;
    };
    let params: Vec<String> = owner
        .child_by_field_name("parameters")
        .map(|ps| {
            ps.named_children(&mut ps.walk())
                .filter_map(|p| {
                    let pat = match p.kind() {
                        "parameter" | "closure_parameter" => p.child_by_field_name("pattern")?,
                        _ => p,
                    };
                    let t = src[pat.byte_range()].trim();
                    Some(t.strip_prefix("mut ").unwrap_or(t).trim().to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    let Some(cond) = lp.child_by_field_name("condition") else {
        return false;
    };
    let cond_text = &src[cond.byte_range()];
    let Some(body) = owner.child_by_field_name("body") else {
        return false;
    };
    let tail = tail_expression(body).map(|t| src[t.byte_range()].replace(' ', ""));
    params.iter().any(|p| {
        is_ident(p)
            && mentions(cond_text, p)
            && steps_forward(src, lp, p)
            && tail.as_deref().is_some_and(|t| {
                t == p.as_str()
                    || t.trim_matches(|c| c == '(' || c == ')')
                        .split(',')
                        .any(|part| part == p)
            })
    })
}

/// The loop of `step` is a `while` that steps forward a local started
/// from a field of `self` (`let mut i = self.head`) and stored back into
/// that field after the loop (`self.head = i`).
pub(super) fn resumes_a_stored_cursor(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(lp) = node_at(tree, step).and_then(loop_node) else {
        return false;
    };
    if lp.kind() != "while_expression" {
        return false;
    }
    let Some(function) =
        std::iter::successors(lp.parent(), |n| n.parent()).find(|n| n.kind() == "function_item")
    else {
        return false;
    };
    let Some(cond) = lp.child_by_field_name("condition") else {
        return false;
    };
    let cond_text = &src[cond.byte_range()];
    let flat = |n: Node| src[n.byte_range()].replace(' ', "");
    let mut started_from: Vec<(String, String)> = Vec::new();
    let mut stored: Vec<(String, String)> = Vec::new();
    let mut stack = vec![function];
    while let Some(n) = stack.pop() {
        stack.extend(n.named_children(&mut n.walk()));
        match n.kind() {
            "let_declaration" => {
                let (Some(p), Some(v)) = (
                    n.child_by_field_name("pattern"),
                    n.child_by_field_name("value"),
                ) else {
                    continue;
                };
                let name = flat(p);
                let name = name.strip_prefix("mut").unwrap_or(&name).to_string();
                if flat(v).starts_with("self.") && n.end_byte() <= lp.start_byte() {
                    started_from.push((name, flat(v)));
                }
            }
            "assignment_expression" if n.start_byte() >= lp.end_byte() => {
                let (Some(l), Some(r)) = (
                    n.child_by_field_name("left"),
                    n.child_by_field_name("right"),
                ) else {
                    continue;
                };
                stored.push((flat(r), flat(l)));
            }
            _ => {}
        }
    }
    started_from.iter().any(|(name, field)| {
        mentions(cond_text, name)
            && steps_forward(src, lp, name)
            && stored.iter().any(|(from, to)| from == name && to == field)
    })
}

/// The last expression of a block (its value), or the block itself when a
/// closure's body is an expression.
fn tail_expression(body: Node) -> Option<Node> {
    if body.kind() != "block" {
        return Some(body);
    }
    let last = body.named_children(&mut body.walk()).last()?;
    match last.kind() {
        "expression_statement" => None,
        _ => Some(last),
    }
}

/// `p += k` inside the loop, and no `p -= ..`.
fn steps_forward(src: &str, lp: Node, p: &str) -> bool {
    let mut forward = false;
    let mut stack = vec![lp];
    while let Some(n) = stack.pop() {
        stack.extend(n.named_children(&mut n.walk()));
        if n.kind() != "compound_assignment_expr" {
            continue;
        }
        let left = n.child_by_field_name("left").map(|l| &src[l.byte_range()]);
        let op = n
            .child_by_field_name("operator")
            .map(|o| &src[o.byte_range()]);
        if left.map(str::trim) == Some(p) {
            match op {
                Some("+=") => forward = true,
                _ => return false,
            }
        }
    }
    forward
}
