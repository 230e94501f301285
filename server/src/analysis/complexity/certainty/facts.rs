//! What the certainty rules ask of the syntax tree around a step: the
//! inputs of its function (parameters, `self`, locals made from them),
//! what a loop moves, what a call receives. Pure queries, no judgement.

use super::super::flow::Code;
use super::{Step, StepKind};
use tree_sitter::{Node, Tree};

/// Whether a call (or a reservation) receives an input of the function it
/// is in: `self`, a parameter that can hold many elements (not a number, a
/// `bool`, a `char`), or a local made from one.
pub(super) fn passes_input(src: &str, tree: &Tree, step: &Step) -> bool {
    mentions_input(src, tree, step, false, false, &[])
}

/// Whether a loop's bound names an input: a parameter (a size such as `k`
/// counts here), `self`, or a local made from one; the variables the loop
/// itself moves (`at` in `while at != 0 { at = parent }`) are not its bound.
pub(super) fn bound_names_input(src: &str, tree: &Tree, step: &Step, via_call: bool) -> bool {
    let Some(node) = node_at(tree, step) else {
        return true;
    };
    let moved = loop_node(node)
        .and_then(|l| l.child_by_field_name("body"))
        .map(|b| moved(src, b))
        .unwrap_or_default();
    // Through a call, a number parameter is whatever the caller passed
    // (`digits(i, 4)`): it is not a size of the caller's input.
    mentions_input(src, tree, step, !via_call, true, &moved)
}

pub(super) fn node_at<'t>(tree: &'t Tree, step: &Step) -> Option<Node<'t>> {
    tree.root_node()
        .descendant_for_byte_range(step.range.start, step.range.end)
}

pub(super) fn loop_node(mut node: Node) -> Option<Node> {
    loop {
        if matches!(
            node.kind(),
            "while_expression" | "for_expression" | "loop_expression"
        ) {
            return Some(node);
        }
        node = node.parent()?;
    }
}

/// The variables `node` moves (assigns, steps or rebinds), by the data
/// flow the walk uses (`flow::Code`).
pub(super) fn moved<'a>(src: &'a str, node: Node<'a>) -> Vec<&'a str> {
    let code = Code::of(Some(node), src);
    code.idents()
        .into_iter()
        .filter(|v| code.moves(v))
        .collect()
}

pub(super) fn mentions_input(
    src: &str,
    tree: &Tree,
    step: &Step,
    scalars: bool,
    locals: bool,
    moved: &[&str],
) -> bool {
    let Some(node) = node_at(tree, step) else {
        return true;
    };
    let Some(function) = enclosing_function(node) else {
        return true;
    };
    let mut inputs = inputs(src, function, scalars);
    if locals {
        let collections = self::inputs(src, function, false);
        inputs.extend(derived_locals(
            src,
            function,
            step.range.start,
            &collections,
        ));
    }
    let text = &src[step.range.clone()];
    identifiers(text).any(|id| inputs.contains(&id) && !moved.contains(&id))
}

/// The locals declared before `before` whose initial value mentions one of
/// `inputs` (`let chars: Vec<char> = s.chars().collect()`,
/// `let n = nums.len()`); one level only: `let end = (start + w).min(n)`
/// is a position, not a size.
pub(super) fn derived_locals<'s>(
    src: &'s str,
    function: Node,
    before: usize,
    inputs: &[&str],
) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut stack = vec![function];
    while let Some(n) = stack.pop() {
        if n.kind() == "let_declaration" && n.start_byte() < before {
            if let (Some(pattern), Some(value)) = (
                n.child_by_field_name("pattern"),
                n.child_by_field_name("value"),
            ) {
                if identifiers(&src[value.byte_range()]).any(|id| inputs.contains(&id))
                    && !field_of_one_element(value)
                    && !one_element_taken(src, value)
                {
                    out.extend(identifiers(&src[pattern.byte_range()]).filter(|n| *n != "mut"));
                }
            }
        }
        // `for e in timeline { failures.push(e.ts) }`: filled from an input.
        if n.kind() == "for_expression" && n.start_byte() < before {
            let over_input = n
                .child_by_field_name("value")
                .is_some_and(|v| identifiers(&src[v.byte_range()]).any(|id| inputs.contains(&id)));
            if let (true, Some(body)) = (over_input, n.child_by_field_name("body")) {
                out.extend(filled(src, body));
            }
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    out
}

/// `self.running.remove(&id)?`, `queue.pop().unwrap()`, `map.get(&k)`:
/// one element taken out of a collection by key or position. Its fields
/// are values stored in that element (`job.attempts`), not sizes of the
/// collection: a loop up to one runs as often as that value says.
fn one_element_taken(src: &str, value: Node) -> bool {
    let mut node = value;
    loop {
        match node.kind() {
            "try_expression" | "reference_expression" | "parenthesized_expression" => {
                let Some(inner) = node.named_child(0) else {
                    return false;
                };
                node = inner;
            }
            "call_expression" => {
                let Some(method) = node
                    .child_by_field_name("function")
                    .filter(|f| f.kind() == "field_expression")
                    .and_then(|f| {
                        Some((
                            f.child_by_field_name("value")?,
                            f.child_by_field_name("field")?,
                        ))
                    })
                else {
                    return false;
                };
                match &src[method.1.byte_range()] {
                    // Unwrapping the one element found.
                    "unwrap" | "expect" | "cloned" | "copied" | "unwrap_or_default" => {
                        node = method.0;
                    }
                    "remove" | "get" | "get_mut" | "pop" | "pop_front" | "pop_back" | "first"
                    | "last" | "swap_remove" | "pop_first" | "pop_last" => return true,
                    _ => return false,
                }
            }
            _ => return false,
        }
    }
}

/// `jobs[i].attempts`, `self.slots[id].retries`: a value stored in one
/// element, not a size of the collection (a loop up to it runs as often as
/// that value says).
fn field_of_one_element(value: Node) -> bool {
    let mut node = value;
    if node.kind() != "field_expression" {
        return false;
    }
    while let Some(object) = node.child_by_field_name("value") {
        match object.kind() {
            "index_expression" => return true,
            "field_expression" => node = object,
            _ => return false,
        }
    }
    false
}

/// The collections (locals, or fields as `self.out`) that `push`,
/// `insert`, `extend` or `append` add to anywhere in `node`.
pub(super) fn filled<'s>(src: &'s str, node: Node) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "call_expression" {
            let target = n
                .child_by_field_name("function")
                .filter(|f| f.kind() == "field_expression")
                .and_then(|f| {
                    Some((
                        f.child_by_field_name("value")?,
                        f.child_by_field_name("field")?,
                    ))
                });
            if let Some((value, field)) = target {
                let adds = matches!(
                    &src[field.byte_range()],
                    "push"
                        | "push_back"
                        | "push_front"
                        | "insert"
                        | "extend"
                        | "extend_from_slice"
                        | "append"
                );
                if adds {
                    out.push(&src[value.byte_range()]);
                }
            }
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    out
}

/// Names declared (`let`) in `function` before byte `before`.
pub(super) fn declared_before<'s>(src: &'s str, function: Node, before: usize) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut stack = vec![function];
    while let Some(n) = stack.pop() {
        if n.kind() == "let_declaration" && n.start_byte() < before {
            if let Some(pattern) = n.child_by_field_name("pattern") {
                out.extend(identifiers(&src[pattern.byte_range()]).filter(|n| *n != "mut"));
            }
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    out
}

/// A loop nested in `outer` that moves a variable declared before `outer`
/// began: a pointer shared across the outer rounds (a two-pointer merge
/// inside a closure), whose steps add up to n over all of them.
pub(super) fn moves_shared_pointer(src: &str, tree: &Tree, step: &Step, outer: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return false;
    };
    let (Some(function), Some(body)) = (
        enclosing_function(node),
        loop_node(node).and_then(|l| l.child_by_field_name("body")),
    ) else {
        return false;
    };
    let outside = declared_before(src, function, outer.range.start);
    moved(src, body).iter().any(|v| outside.contains(v))
}

/// Whether an argument of the call is a whole input of the caller: a
/// parameter that holds many elements (`v`, `&v`, `&mut v`, `v.clone()`),
/// or `self` itself for a method called on it (`self.card(i)`).
pub(super) fn passes_whole_input(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return true;
    };
    let Some(function) = enclosing_function(node) else {
        return true;
    };
    let mut call = node;
    while call.kind() != "call_expression" {
        match call.parent() {
            Some(p) => call = p,
            None => return false,
        }
    }
    let inputs = inputs(src, function, false);
    let whole = |arg: Node| {
        let text = src[arg.byte_range()]
            .trim_start_matches('&')
            .trim_start_matches("mut ")
            .trim();
        let text = text.strip_suffix(".clone()").unwrap_or(text);
        inputs.contains(&text)
    };
    let receiver_is_self = call
        .child_by_field_name("function")
        .filter(|f| f.kind() == "field_expression")
        .and_then(|f| f.child_by_field_name("value"))
        .is_some_and(|v| &src[v.byte_range()] == "self");
    let mut cursor = call.walk();
    let args: Vec<Node> = call
        .child_by_field_name("arguments")
        .map(|a| a.named_children(&mut cursor).collect())
        .unwrap_or_default();
    receiver_is_self || args.into_iter().any(whole)
}

/// The arguments of the call a step is at, as written.
pub(super) fn call_arguments<'s>(src: &'s str, tree: &Tree, step: &Step) -> Vec<&'s str> {
    let Some(mut call) = node_at(tree, step) else {
        return Vec::new();
    };
    while call.kind() != "call_expression" {
        match call.parent() {
            Some(p) => call = p,
            None => return Vec::new(),
        }
    }
    let mut cursor = call.walk();
    call.child_by_field_name("arguments")
        .map(|a| {
            a.named_children(&mut cursor)
                .map(|n| src[n.byte_range()].trim())
                .collect()
        })
        .unwrap_or_default()
}

/// The variables a loop step moves: its pattern (`for i in ..`) and what
/// its body assigns (`k -= 1`).
pub(super) fn loop_variables<'s>(src: &'s str, tree: &'s Tree, step: &Step) -> Vec<&'s str> {
    let Some(at) = node_at(tree, step) else {
        return Vec::new();
    };
    if !matches!(step.kind, StepKind::Loop { .. }) {
        // An iterator adapter: the parameters of its closures.
        let mut out = Vec::new();
        let mut stack = vec![at];
        while let Some(n) = stack.pop() {
            if n.kind() == "closure_expression" {
                if let Some(p) = n.child_by_field_name("parameters") {
                    out.extend(identifiers(&src[p.byte_range()]));
                }
            }
            let mut cursor = n.walk();
            stack.extend(n.named_children(&mut cursor));
        }
        return out;
    }
    let Some(node) = loop_node(at) else {
        return Vec::new();
    };
    let mut out: Vec<&str> = node
        .child_by_field_name("pattern")
        .map(|p| identifiers(&src[p.byte_range()]).collect())
        .unwrap_or_default();
    if let Some(body) = node.child_by_field_name("body") {
        out.extend(moved(src, body));
    }
    out
}

/// Whether the end of a window (`i + k` in `v[i..i + k]`) names a
/// parameter of the function it is in.
pub(super) fn window_names_param(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return false;
    };
    let Some(function) = enclosing_function(node) else {
        return false;
    };
    let params = inputs(src, function, true);
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "range_expression" && n.named_child_count() == 2 {
            if let Some(end) = n.named_child(1) {
                if identifiers(&src[end.byte_range()]).any(|id| params.contains(&id)) {
                    return true;
                }
            }
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    false
}

/// Whether the step's code indexes with a bounded range (`b[i..i + 4]`).
pub(super) fn has_window_slice(tree: &Tree, step: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return false;
    };
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "index_expression" {
            let mut cursor = n.walk();
            let window = n
                .named_children(&mut cursor)
                .any(|c| c.kind() == "range_expression" && c.named_child_count() == 2);
            if window {
                return true;
            }
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    false
}

/// `let mut g = c - 1; while g <= c + 1 { … }`: the variable starts and
/// stops at constant offsets from the same value, so the loop runs a
/// constant number of times whatever that value is.
pub(super) fn window_of_constant_width(src: &str, tree: &Tree, step: &Step) -> bool {
    let Some(node) = node_at(tree, step) else {
        return false;
    };
    let Some(cond) = loop_node(node).and_then(|l| l.child_by_field_name("condition")) else {
        return false;
    };
    if cond.kind() != "binary_expression" {
        return false;
    }
    let (Some(left), Some(op), Some(right)) = (
        cond.child_by_field_name("left"),
        cond.child_by_field_name("operator"),
        cond.child_by_field_name("right"),
    ) else {
        return false;
    };
    if left.kind() != "identifier" || !matches!(&src[op.byte_range()], "<" | "<=") {
        return false;
    }
    let var = &src[left.byte_range()];
    let Some(function) = enclosing_function(node) else {
        return false;
    };
    let Some(init) = Code::of(Some(function), src).let_init(var) else {
        return false;
    };
    let base = |text: &'_ str| -> String {
        let text = text.trim();
        for sign in [" + ", " - "] {
            if let Some((head, tail)) = text.rsplit_once(sign) {
                if tail.trim().chars().all(|c| c.is_ascii_digit()) {
                    return head.trim().to_string();
                }
            }
        }
        text.to_string()
    };
    let start = base(&src[init.byte_range()]);
    !start.is_empty() && start == base(&src[right.byte_range()])
}

/// The names a work list's loop header mentions (`stack`, `node` in
/// `while let Some(node) = stack.pop()`).
pub(super) fn work_list_names<'s>(src: &'s str, step: &Step) -> Vec<&'s str> {
    identifiers(&src[step.range.clone()])
        .filter(|w| !matches!(*w, "while" | "let" | "Some" | "loop" | "is_empty" | "len"))
        .collect()
}

/// The step's code is the value of a `return` inside a loop of its
/// function: a path that leaves the function, taken at most once per call
/// (`return Some(self.cycle_from(next))` of a DFS that meets a back edge).
pub(super) fn on_early_return(tree: &Tree, step: &Step) -> bool {
    let Some(mut node) = node_at(tree, step) else {
        return false;
    };
    let mut returned = false;
    loop {
        match node.kind() {
            "return_expression" => returned = true,
            "while_expression" | "for_expression" | "loop_expression" if returned => return true,
            "function_item" | "closure_expression" => return false,
            _ => {}
        }
        match node.parent() {
            Some(parent) => node = parent,
            None => return false,
        }
    }
}

pub(super) fn enclosing_function(mut node: Node) -> Option<Node> {
    loop {
        if node.kind() == "function_item" {
            return Some(node);
        }
        node = node.parent()?;
    }
}

pub(super) const SCALARS: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32",
    "f64", "bool", "char",
];

pub(super) fn inputs<'s>(src: &'s str, function: Node, scalars: bool) -> Vec<&'s str> {
    let mut out = Vec::new();
    let Some(params) = function.child_by_field_name("parameters") else {
        return out;
    };
    let mut cursor = params.walk();
    for param in params.named_children(&mut cursor) {
        match param.kind() {
            "self_parameter" => out.push("self"),
            "parameter" => {
                let ty = param
                    .child_by_field_name("type")
                    .map_or("", |t| &src[t.byte_range()]);
                let ty = ty.trim_start_matches('&').trim_start_matches("mut ").trim();
                if !scalars && SCALARS.contains(&ty) {
                    continue;
                }
                if let Some(pattern) = param.child_by_field_name("pattern") {
                    let name = &src[pattern.byte_range()];
                    out.extend(identifiers(name).filter(|n| *n != "mut"));
                }
            }
            _ => {}
        }
    }
    out
}

pub(super) fn identifiers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty() && !w.starts_with(|c: char| c.is_ascii_digit()))
}
