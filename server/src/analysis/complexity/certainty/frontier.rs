//! Frontiers: a local that a loop sets anew each round from what the last
//! round kept (a Merkle diff's mismatching nodes of one level, a BFS
//! level). What is done on it, or for each of its elements, adds up to
//! what the levels hold, which the walk does not follow.

use super::super::flow::Code;
use super::amortised::{chain_root, method_call_at};
use super::facts::*;
use super::Step;
use tree_sitter::{Node, Tree};

/// A step on a frontier: a local that a loop around the step sets anew
/// from what the last round let through (`frontier = differing.iter()
/// .flat_map(..).filter(..).collect()`), or a local declared in that loop
/// from one (`let differing = frontier.into_iter().filter(..).collect()`).
/// Its size each round is what the filters kept, which the walk does not
/// follow (a Merkle diff's frontier holds the mismatching nodes of one
/// level, not n).
pub(super) fn on_frontier(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some((call, recv)) = method_call_at(tree, step) else {
        return false;
    };
    let Some(lp) = loop_node(call) else {
        return false;
    };
    let body = Code::of(lp.child_by_field_name("body"), src);
    let name = &src[chain_root(recv).byte_range()];
    if set_anew_each_round(src, lp, name) {
        return true;
    }
    body.let_init(name).is_some_and(|init| {
        let inner = chain_root(init);
        inner.kind() == "identifier" && set_anew_each_round(src, lp, &src[inner.byte_range()])
    })
}

/// A `for` over a frontier (`for &parent in &frontier`) inside the loop
/// that sets it anew each round (`frontier = below`): the inner rounds add
/// up to what the levels hold, not the outer count times n.
pub(super) fn loops_over_frontier(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(inner) = node_at(tree, step)
        .and_then(loop_node)
        .filter(|l| l.kind() == "for_expression")
    else {
        return false;
    };
    let Some(outer) = inner.parent().and_then(loop_node) else {
        return false;
    };
    let Some(value) = inner.child_by_field_name("value") else {
        return false;
    };
    let root = chain_root(value);
    root.kind() == "identifier" && set_anew_each_round(src, outer, &src[root.byte_range()])
}

/// `name` is a local that the loop `lp` assigns (not declares) each round,
/// and that starts from a constant (`vec![0]`, `Vec::new()`, either of two
/// by an `if`), not from the input (a quickselect's `current =
/// input.to_vec()` copies n at first).
fn set_anew_each_round(src: &str, lp: Node, name: &str) -> bool {
    let body = Code::of(lp.child_by_field_name("body"), src);
    let function = Code::of(enclosing_function(lp), src);
    let small = |n: Node| {
        let t = src[n.byte_range()].replace(' ', "");
        (t.starts_with("vec![") && !t.contains(';')) || t.ends_with("::new()")
    };
    let starts_small = function.let_init(name).is_some_and(|init| {
        if init.kind() == "if_expression" {
            // Each branch's value: the last expression of its block.
            let values: Vec<Node> = [
                init.child_by_field_name("consequence"),
                init.child_by_field_name("alternative")
                    .and_then(|a| a.named_child(0)),
            ]
            .into_iter()
            .map(|b| b.and_then(|b| b.named_child(b.named_child_count().saturating_sub(1) as u32)))
            .collect::<Option<Vec<Node>>>()
            .unwrap_or_default();
            values.len() == 2 && values.into_iter().all(small)
        } else {
            small(init)
        }
    });
    body.assigned(name) && body.let_init(name).is_none() && starts_small
}
