//! Where an upper bound is not the cost because the work is paid for over
//! many operations (a doubling, a refill of an empty stack, marks shared
//! across calls) or sized by something the walk does not follow.

use super::super::flow::Code;
use super::facts::*;
use super::places::{destructured_from, taken_from};
use super::Step;
use tree_sitter::{Node, Tree};

/// The method call a step points at (the step's node or one of its two
/// nearest ancestors: `v.reverse()`, `v.iter().collect()`), and its
/// receiver.
pub(super) fn method_call_at<'t>(tree: &'t Tree, step: &Step) -> Option<(Node<'t>, Node<'t>)> {
    let node = node_at(tree, step)?;
    let call = std::iter::successors(Some(node), |n| n.parent())
        .take(3)
        .find(|n| n.kind() == "call_expression")?;
    let recv = call
        .child_by_field_name("function")
        .filter(|f| f.kind() == "field_expression")?
        .child_by_field_name("value")?;
    Some((call, recv))
}

/// A step on a local collection (`bytes.reverse()`, `digits.into_iter()
/// .rev().collect()`) made from a number
/// parameter and no collection of the function's inputs (`digits(id)
/// .collect()` of a u64's digits). Its size is whatever that computation
/// yields, which the walk does not follow.
pub(super) fn on_local_of_unknown_size(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some((call, recv)) = method_call_at(tree, step) else {
        return false;
    };
    // The chain's root: `digits` of `digits.into_iter().rev().collect()`.
    let recv = chain_root(recv);
    if recv.kind() != "identifier" {
        return false;
    }
    let Some(function) = enclosing_function(call) else {
        return false;
    };
    let name = &src[recv.byte_range()];
    // Only a `let` of this function: parameters and fields are inputs.
    let declared = Code::of(Some(function), src).let_init(name);
    let Some(init) = declared else {
        return false;
    };
    let collections = inputs(src, function, false);
    let derived = derived_locals(src, function, step.range.start, &collections);
    let numbers: Vec<&str> = inputs(src, function, true)
        .into_iter()
        .filter(|p| !collections.contains(p))
        .collect();
    let ids: Vec<&str> = identifiers(&src[init.byte_range()]).collect();
    let from_input = ids
        .iter()
        .any(|id| collections.contains(id) || derived.contains(id));
    let from_number = ids.iter().any(|id| numbers.contains(id));
    from_number && !from_input && !derived.contains(&name)
}

/// Work on a collection guarded by its own length, where the guard or its
/// block doubles a size: a compaction once it outgrows a multiple of a
/// bound (`if self.q.len() > 2 * self.cap + 16 { self.q.retain(..) }`), or
/// a growth once it is full (`if self.cnt == self.ring.len() { let grown =
/// self.ring.len() * 2; self.ring.resize(grown, 0) }`). The doubling
/// argument: the next such pass is at least as many operations away as
/// this one costs, O(1) amortised.
pub(super) fn amortised_by_doubling(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some((call, recv)) = method_call_at(tree, step) else {
        return false;
    };
    let len_call = format!("{}.len()", &src[recv.byte_range()]);
    let guard = std::iter::successors(call.parent(), |n| n.parent())
        .take_while(|n| n.kind() != "function_item")
        .find(|n| n.kind() == "if_expression");
    let Some(guard) = guard else {
        return false;
    };
    let Some(cond) = guard.child_by_field_name("condition") else {
        return false;
    };
    // `if self.start > 0 && self.start * 2 >= self.times.len()`: any
    // conjunct may be the comparison.
    let compares_len = conjuncts(cond, src).into_iter().any(|c| {
        is_comparison(c, src)
            && ["left", "right"].iter().any(|side| {
                c.child_by_field_name(side)
                    .is_some_and(|s| src[s.byte_range()].replace(' ', "") == len_call)
            })
    });
    compares_len && multiplies_by_two_or_more(src, guard)
}

/// `a < b`, `a >= b`, `a == b`, …
fn is_comparison(c: Node, src: &str) -> bool {
    c.kind() == "binary_expression"
        && c.child_by_field_name("operator")
            .is_some_and(|o| matches!(&src[o.byte_range()], ">" | ">=" | "<" | "<=" | "=="))
}

/// The conditions joined by `&&` in `cond` (`cond` itself when none).
fn conjuncts<'t>(cond: Node<'t>, src: &str) -> Vec<Node<'t>> {
    let and = cond.kind() == "binary_expression"
        && cond
            .child_by_field_name("operator")
            .is_some_and(|o| &src[o.byte_range()] == "&&");
    if !and {
        return vec![cond];
    }
    let mut out = Vec::new();
    for side in ["left", "right"] {
        if let Some(c) = cond.child_by_field_name(side) {
            out.extend(conjuncts(c, src));
        }
    }
    out
}

/// Any step (a loop that copies, the new buffer itself) inside an `if`
/// that compares a count with a collection's length, directly or through
/// a `let` (`let cap = self.buf.len(); if self.cnt == cap { let mut nb =
/// vec![0; 2 * cap]; for k in 0..self.cnt { .. } }`), where the `if`
/// doubles a size: a hand-written growth when full, O(1) amortised by the
/// doubling argument (as `amortised_by_doubling` for one call).
pub(super) fn guarded_by_doubling(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return false;
    };
    let Some(function) =
        std::iter::successors(Some(node), |n| n.parent()).find(|n| n.kind() == "function_item")
    else {
        return false;
    };
    // A length: `.len()`, `.capacity()`, or a size method of the file's
    // own wrapper (`self.log.size()`), directly or through a `let`.
    let names_length = |t: &str| {
        [".len()", ".capacity()", ".size()", ".length()"]
            .iter()
            .any(|m| t.ends_with(m))
    };
    let is_length = |side: Node| {
        let t = src[side.byte_range()].replace(' ', "");
        if names_length(&t) {
            return true;
        }
        side.kind() == "identifier"
            && Code::of(Some(function), src)
                .let_init(&t)
                .is_some_and(|v| names_length(&src[v.byte_range()].replace(' ', "")))
    };
    let compares_len = |cond: Node| {
        conjuncts(cond, src).into_iter().any(|c| {
            is_comparison(c, src)
                && ["left", "right"]
                    .iter()
                    .any(|side| c.child_by_field_name(side).is_some_and(is_length))
        })
    };
    let enclosing = std::iter::successors(node.parent(), |n| n.parent())
        .take_while(|n| n.kind() != "function_item")
        .find(|n| n.kind() == "if_expression");
    if let Some(guard) = enclosing {
        let cond = guard.child_by_field_name("condition");
        if cond.is_some_and(compares_len) && multiplies_by_two_or_more(src, guard) {
            return true;
        }
    }
    // The same guard written as an early return at the top of the function
    // (`if self.log.len() <= 2 * self.map.len() + 16 { return; }`, then
    // the compaction): what follows runs only past the multiple.
    early_returns_before(function, node)
        .into_iter()
        .any(|cond| compares_len(cond) && multiplies_by_two_or_more(src, cond))
}

/// The conditions of `if cond { return }` statements (no `else`, nothing
/// but the return) at the top level of `function`'s body, before `at`.
fn early_returns_before<'t>(function: Node<'t>, at: Node<'t>) -> Vec<Node<'t>> {
    let Some(body) = function.child_by_field_name("body") else {
        return Vec::new();
    };
    body.named_children(&mut body.walk())
        .filter(|s| s.end_byte() <= at.start_byte())
        .map(|s| match s.kind() {
            "expression_statement" => s.named_child(0).unwrap_or(s),
            _ => s,
        })
        .filter(|s| s.kind() == "if_expression" && s.child_by_field_name("alternative").is_none())
        .filter(|s| {
            s.child_by_field_name("consequence").is_some_and(|c| {
                let inner: Vec<Node> = c.named_children(&mut c.walk()).collect();
                let only = match inner.as_slice() {
                    [one] if one.kind() == "expression_statement" => one.named_child(0),
                    [one] => Some(*one),
                    _ => None,
                };
                only.is_some_and(|o| o.kind() == "return_expression")
            })
        })
        .filter_map(|s| s.child_by_field_name("condition"))
        .collect()
}

/// A `for` over a field of `self` that stops at the first element failing
/// a test (`for &t in &self.log { if fresh(t) { break } expired += 1 }`),
/// where the file removes that field's front (`self.log.drain(..expired)`,
/// `pop_front`): a prefix scan of what is then removed, as `take_while`
/// before a drain, O(1) amortised over the operations.
pub(super) fn prefix_scan_then_drained(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return false;
    };
    let Some(lp) = loop_node(node).filter(|l| l.kind() == "for_expression") else {
        return false;
    };
    let Some(value) = lp.child_by_field_name("value") else {
        return false;
    };
    let field = src[value.byte_range()]
        .trim_start_matches('&')
        .trim()
        .replace(' ', "");
    if !field.starts_with("self.") || field.contains('(') || field.contains('[') {
        return false;
    }
    let breaks = lp.child_by_field_name("body").is_some_and(|b| {
        let mut stack = vec![b];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "break_expression" => return true,
                "for_expression" | "while_expression" | "loop_expression"
                | "closure_expression" => {}
                _ => stack.extend(n.named_children(&mut n.walk())),
            }
        }
        false
    });
    // Removing a prefix is cheap only from a VecDeque: a Vec's `drain(..k)`
    // shifts the rest (priced on its own).
    let whole = src[tree.root_node().byte_range()].replace(' ', "");
    let name = field.trim_start_matches("self.");
    let deque = whole.contains(&format!("{name}:VecDeque<"))
        || whole.contains(&format!("{name}:std::collections::VecDeque<"))
        || whole.contains(&format!("{name}:collections::VecDeque<"));
    breaks
        && deque
        && [".drain(..", ".drain(0..", ".pop_front()"]
            .iter()
            .any(|m| whole.contains(&format!("{field}{m}")))
}

/// The root of a method chain: `frontier` of `frontier.into_iter().filter(..)`
/// (through `&`).
pub(super) fn chain_root<'t>(node: Node<'t>) -> Node<'t> {
    let mut at = node;
    loop {
        let next = match at.kind() {
            "call_expression" => at
                .child_by_field_name("function")
                .filter(|f| f.kind() == "field_expression")
                .and_then(|f| f.child_by_field_name("value")),
            "reference_expression" => at.child_by_field_name("value"),
            _ => None,
        };
        match next {
            Some(n) => at = n,
            None => return at,
        }
    }
}

/// A call of a helper of the file that rebuilds a table, guarded by a
/// test of a collection's length (`if (self.filled + 1) * 2 >
/// self.keys.len() { self.grow() }`), where the helper grows it by a
/// multiple (`self.keys.len() << 1`): the doubling argument again, the
/// rebuild being O(1) amortised over the inserts that fill the table. A
/// guard that waits for the length to pass a multiple (`len() > 2 * cap`)
/// amortises any callee the same way (a compaction of stale entries).
pub(super) fn rebuilds_by_doubling(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(mut call) = node_at(tree, step) else {
        return false;
    };
    while call.kind() != "call_expression" {
        match call.parent() {
            Some(p) => call = p,
            None => return false,
        }
    }
    let callee = call
        .child_by_field_name("function")
        .and_then(|f| match f.kind() {
            "field_expression" => f.child_by_field_name("field"),
            "identifier" => Some(f),
            "scoped_identifier" => f.child_by_field_name("name"),
            _ => None,
        });
    let Some(callee) = callee.map(|c| &src[c.byte_range()]) else {
        return false;
    };
    let guard = std::iter::successors(call.parent(), |n| n.parent())
        .take_while(|n| n.kind() != "function_item")
        .find(|n| n.kind() == "if_expression");
    let Some(cond) = guard.and_then(|g| g.child_by_field_name("condition")) else {
        return false;
    };
    let compares_len = conjuncts(cond, src).into_iter().any(|c| {
        let t = &src[c.byte_range()];
        is_comparison(c, src) && (t.contains(".len()") || t.contains(".capacity()"))
    });
    if !compares_len {
        return false;
    }
    // `if self.log.len() > 2 * self.cap + 16 { self.compact() }`: the
    // guard itself waits for the length to pass a multiple, so whatever
    // the callee does it runs once per that many pushes (a compaction).
    if multiplies_by_two_or_more(src, cond) {
        return true;
    }
    let mut stack = vec![tree.root_node()];
    while let Some(n) = stack.pop() {
        if n.kind() == "function_item" {
            let named = n
                .child_by_field_name("name")
                .is_some_and(|name| &src[name.byte_range()] == callee);
            if named {
                return n
                    .child_by_field_name("body")
                    .is_some_and(|b| multiplies_by_two_or_more(src, b));
            }
            continue;
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    false
}

/// `2 * cap`, `cap * 2 + 16`, `cap << 1`: a multiple of at least two.
fn multiplies_by_two_or_more(src: &str, node: Node) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "binary_expression" {
            let op = n
                .child_by_field_name("operator")
                .map(|o| &src[o.byte_range()]);
            let literal = |side: &str| {
                n.child_by_field_name(side)
                    .filter(|c| c.kind() == "integer_literal")
                    .and_then(|c| {
                        src[c.byte_range()]
                            .trim_end_matches(char::is_alphabetic)
                            .parse::<u64>()
                            .ok()
                    })
            };
            let doubled = match op {
                Some("*") => literal("left").or(literal("right")).is_some_and(|k| k >= 2),
                Some("<<") => literal("right").is_some_and(|k| k >= 1),
                _ => false,
            };
            if doubled {
                return true;
            }
        }
        // Inside a macro (`vec![0; 2 * cap]`) the tokens are not parsed
        // into expressions: look for `k *`, `* k` or `<< k` among them.
        if n.kind() == "token_tree" {
            let tokens: Vec<Node> = n.children(&mut n.walk()).collect();
            let number = |t: &Node| {
                (t.kind() == "integer_literal")
                    .then(|| {
                        src[t.byte_range()]
                            .trim_end_matches(char::is_alphabetic)
                            .parse::<u64>()
                            .ok()
                    })
                    .flatten()
            };
            let doubled = tokens.windows(2).any(|w| {
                match (&src[w[0].byte_range()], &src[w[1].byte_range()]) {
                    ("*", _) => number(&w[1]).is_some_and(|k| k >= 2),
                    (_, "*") => number(&w[0]).is_some_and(|k| k >= 2),
                    ("<<", _) => number(&w[1]).is_some_and(|k| k >= 1),
                    _ => false,
                }
            });
            if doubled {
                return true;
            }
        }
        stack.extend(n.named_children(&mut n.walk()));
    }
    false
}

/// A call in a loop that lends the loop a table of marks: it gets `&mut
/// marks` and the loop reads `marks[..]` itself (`for r in 0..n { if
/// marks[r] == Unseen { dfs(r, &mut marks) } }`). The calls skip what
/// earlier calls marked, so over the whole loop they visit each element
/// once: a depth-first search from every root, not n searches.
pub(super) fn shares_marks_with_loop(src: &str, tree: &Tree, call: &Step, outer: &Step) -> bool {
    let lent: Vec<&str> = call_arguments(src, tree, call)
        .into_iter()
        .filter_map(|a| a.strip_prefix("&mut "))
        .map(str::trim)
        .filter(|a| !a.is_empty() && a.chars().all(|c| c.is_alphanumeric() || c == '_'))
        .collect();
    if lent.is_empty() {
        return false;
    }
    let Some(outer_node) = node_at(tree, outer).and_then(loop_node) else {
        return false;
    };
    let Some(body) = outer_node.child_by_field_name("body") else {
        return false;
    };
    // An index into a lent table, outside the call's own arguments.
    let mut stack = vec![body];
    while let Some(n) = stack.pop() {
        if n.kind() == "index_expression" && !call.range.contains(&n.start_byte()) {
            if let Some(base) = n.named_child(0) {
                if lent.contains(&&src[base.byte_range()]) {
                    return true;
                }
            }
        }
        stack.extend(n.named_children(&mut n.walk()));
    }
    false
}

/// `out` of `out.pop()`, `out.front()`, …: what an empty result says is
/// empty.
fn taken_from_end(value: &str) -> Option<&str> {
    [
        "pop()",
        "pop_front()",
        "pop_back()",
        "last()",
        "front()",
        "back()",
    ]
    .iter()
    .find_map(|m| value.strip_suffix(&format!(".{m}")))
}

/// The place `node` is assigned to (`self.out` of `self.out = node`).
fn assigned_by<'s>(src: &'s str, node: Node) -> Option<&'s str> {
    let parent = node
        .parent()
        .filter(|p| p.kind() == "assignment_expression")?;
    if parent.child_by_field_name("right") != Some(node) {
        return None;
    }
    Some(&src[parent.child_by_field_name("left")?.byte_range()])
}

/// A refill that runs only once its destination is empty: `if
/// out.is_empty() { ..move into out.. }`, after `if !out.is_empty() {
/// return }`, or in the `None` arm of `match out.pop()`. Each element is
/// moved once between two such refills: O(1) amortised per operation (the
/// two-stack queue).
pub(super) fn refills_when_empty(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return false;
    };
    let region = loop_node(node)
        .filter(|l| l.start_byte() == step.range.start)
        .unwrap_or(node);
    let mut filled: Vec<String> = filled(src, region)
        .into_iter()
        .map(|f| f.replace(' ', ""))
        .collect();
    // `self.out = self.inbox.drain(..).rev().collect()`: the collection
    // assigned is refilled, as by pushes.
    if let Some(target) = assigned_by(src, region) {
        filled.push(target.replace(' ', ""));
    }
    if filled.is_empty() {
        return false;
    }
    // A local taken out of a field (`let mut out = mem::take(&mut
    // self.out)`, `mem::replace(&mut self.out, Vec::new())`) is that field
    // while the refill runs: a guard on the field guards the local.
    if let Some(function) = enclosing_function(region) {
        filled.extend(taken_from(src, function, &filled));
        filled.extend(destructured_from(src, function, &filled));
    }
    let text = |n: Node| src[n.byte_range()].replace(' ', "");
    let is_empty_of =
        |n: Node| -> Option<String> { text(n).strip_suffix(".is_empty()").map(str::to_string) };
    let mut child = region;
    while let Some(parent) = child.parent() {
        match parent.kind() {
            "function_item" => return false,
            "if_expression" => {
                let in_then = parent.child_by_field_name("consequence") == Some(child);
                if in_then {
                    if let Some(x) = parent
                        .child_by_field_name("condition")
                        .and_then(is_empty_of)
                    {
                        if filled.contains(&x) {
                            return true;
                        }
                    }
                }
            }
            // `out.pop().or_else(|| { refill; out.pop() })`: the closure
            // runs only when the pop found `out` empty.
            "closure_expression" => {
                let fallback_of = parent
                    .parent()
                    .filter(|a| a.kind() == "arguments")
                    .and_then(|a| a.parent())
                    .and_then(|call| call.child_by_field_name("function"))
                    .filter(|f| f.kind() == "field_expression")
                    .filter(|f| {
                        f.child_by_field_name("field").is_some_and(|m| {
                            matches!(&src[m.byte_range()], "or_else" | "unwrap_or_else")
                        })
                    })
                    .and_then(|f| f.child_by_field_name("value"))
                    .map(text);
                if let Some(v) = fallback_of {
                    if taken_from_end(&v).is_some_and(|x| filled.iter().any(|f| f == x)) {
                        return true;
                    }
                }
            }
            "match_arm" => {
                let none_arm = parent
                    .child_by_field_name("pattern")
                    .is_some_and(|p| text(p) == "None");
                let scrutinee = parent
                    .parent()
                    .and_then(|b| b.parent())
                    .filter(|m| m.kind() == "match_expression")
                    .and_then(|m| m.child_by_field_name("value"));
                if let (true, Some(v)) = (none_arm, scrutinee) {
                    let v = text(v);
                    if taken_from_end(&v).is_some_and(|x| filled.iter().any(|f| f == x)) {
                        return true;
                    }
                }
            }
            "block" => {
                // `if !out.is_empty() { return …; }` before the refill.
                let mut cursor = parent.walk();
                for stmt in parent.named_children(&mut cursor) {
                    if stmt.start_byte() >= child.start_byte() {
                        break;
                    }
                    let guard = if stmt.kind() == "expression_statement" {
                        stmt.named_child(0)
                    } else {
                        Some(stmt)
                    };
                    let Some(guard) = guard.filter(|g| g.kind() == "if_expression") else {
                        continue;
                    };
                    let returns = guard
                        .child_by_field_name("consequence")
                        .is_some_and(|c| src[c.byte_range()].contains("return"));
                    let tested = guard
                        .child_by_field_name("condition")
                        .map(text)
                        .and_then(|c| {
                            c.strip_prefix('!')
                                .and_then(|c| c.strip_suffix(".is_empty()"))
                                .map(str::to_string)
                        });
                    if returns && tested.is_some_and(|x| filled.contains(&x)) {
                        return true;
                    }
                }
            }
            _ => {}
        }
        child = parent;
    }
    false
}
