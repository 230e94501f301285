//! Which functions of the learner's file the graded items can run: a cost
//! rule (`cost = "time"` or `"space"`) says a graded operation is slow, so
//! it speaks only about code one of them reaches.
//!
//! Calls are matched by name (`self.expire(..)`, `expire(..)`,
//! `Self::expire(..)` all reach every function named `expire`), which
//! over-approximates: a rule stays on wherever a graded item might run it.
//! Methods of trait impls (`impl Ord for Job`, `impl Drop for Tree`) are
//! run by the standard library, not by a call the file spells, so they
//! always count as reached.

use std::collections::{HashMap, HashSet};
use tree_sitter::{Node, Tree};

/// The byte ranges of the functions the graded items reach (themselves
/// included), or `None` when the file has no function a graded item names
/// (then nothing is known and every match counts).
pub(super) fn reached_functions(
    text: &str,
    tree: &Tree,
    graded: &[String],
) -> Option<Vec<std::ops::Range<usize>>> {
    let mut functions: Vec<(String, Node, bool)> = Vec::new();
    collect_functions(tree.root_node(), text, false, &mut functions);
    let wanted: HashSet<&str> = graded
        .iter()
        .map(|item| item.rsplit("::").next().unwrap_or(item))
        .collect();
    if !functions
        .iter()
        .any(|(name, _, _)| wanted.contains(name.as_str()))
    {
        return None;
    }
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (name, _, _)) in functions.iter().enumerate() {
        by_name.entry(name.as_str()).or_default().push(i);
    }
    let mut reached = vec![false; functions.len()];
    let mut stack: Vec<usize> = functions
        .iter()
        .enumerate()
        .filter(|(_, (name, _, in_trait))| *in_trait || wanted.contains(name.as_str()))
        .map(|(i, _)| i)
        .collect();
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut reached[i], true) {
            continue;
        }
        for callee in called_names(functions[i].1, text) {
            stack.extend(by_name.get(callee).into_iter().flatten().copied());
        }
    }
    Some(
        functions
            .iter()
            .zip(&reached)
            .filter(|(_, r)| **r)
            .map(|((_, f, _), _)| f.byte_range())
            .collect(),
    )
}

fn collect_functions<'t>(
    node: Node<'t>,
    text: &str,
    in_trait_impl: bool,
    out: &mut Vec<(String, Node<'t>, bool)>,
) {
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        match child.kind() {
            "function_item" => {
                if let Some(name) = child.child_by_field_name("name") {
                    out.push((text[name.byte_range()].to_string(), child, in_trait_impl));
                }
                collect_functions(child, text, in_trait_impl, out);
            }
            "impl_item" => {
                let trait_impl = child.child_by_field_name("trait").is_some();
                collect_functions(child, text, trait_impl, out);
            }
            _ => collect_functions(child, text, in_trait_impl, out),
        }
    }
}

/// Every name a function mentions: what it calls (`f(..)`, `x.f(..)`,
/// `T::f(..)`), functions it passes by name (`.map(parse)`), and its
/// locals and fields besides, which only widen what counts as reached.
fn called_names<'t>(function: Node<'t>, text: &'t str) -> Vec<&'t str> {
    let mut names = Vec::new();
    let mut stack = vec![function];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "field_identifier" | "identifier" => names.push(&text[n.byte_range()]),
            _ => {}
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    names
}
