//! What a local stands for while a refill runs: a field taken out of
//! `self` (`mem::take(&mut self.out)`) or bound by a tuple pattern (`let
//! (a, b) = &mut self.s`), so that a guard on the field guards the local.

use super::super::flow::{moved_out_of, Code};
use tree_sitter::Node;

/// What the locals in `names` were taken out of: `let x =
/// mem::take(&mut place)` or `mem::replace(&mut place, …)` binds `x` to
/// `place`'s contents.
pub(super) fn taken_from(src: &str, function: Node, names: &[String]) -> Vec<String> {
    let code = Code::of(Some(function), src);
    names
        .iter()
        .filter_map(|name| {
            let place = moved_out_of(src, code.let_init(name)?)?;
            Some(place.replace(' ', ""))
        })
        .collect()
}

/// The places that names bound by a tuple pattern stand for: `let (a, b)
/// = &mut self.s;` makes `b` the field `self.s.1`; `let (inbox, outbox) =
/// (&mut self.inbox, &mut self.outbox);` makes `outbox` `self.outbox`.
pub(super) fn destructured_from(src: &str, function: Node, names: &[String]) -> Vec<String> {
    let text = |n: Node| src[n.byte_range()].replace(' ', "");
    let place = |n: Node| {
        let t = text(n);
        let t = t.strip_prefix("&mut").or(t.strip_prefix('&')).unwrap_or(&t);
        t.to_string()
    };
    let mut out = Vec::new();
    let mut stack = vec![function];
    while let Some(n) = stack.pop() {
        stack.extend(n.named_children(&mut n.walk()));
        if n.kind() != "let_declaration" {
            continue;
        }
        let (Some(pattern), Some(value)) = (
            n.child_by_field_name("pattern"),
            n.child_by_field_name("value"),
        ) else {
            continue;
        };
        if pattern.kind() != "tuple_pattern" {
            continue;
        }
        let parts: Vec<Node> = pattern.named_children(&mut pattern.walk()).collect();
        for (i, part) in parts.iter().enumerate() {
            let bound = text(*part);
            let bound = bound.strip_prefix("mut").unwrap_or(&bound);
            if !names.iter().any(|name| name == bound) {
                continue;
            }
            let whole = match value.kind() {
                "tuple_expression" => value.named_children(&mut value.walk()).nth(i).map(place),
                _ => Some(format!("{}.{i}", place(value))),
            };
            out.extend(whole);
        }
    }
    out
}
