//! Loops whose rounds are not the input's size, told from the calls and
//! assignments in their syntax tree: a loop that waits on other threads,
//! and a loop whose every round removes an element of the collection its
//! condition tests.

use super::*;

pub(super) const WAITS: &str =
    " (waits for another thread: it only goes round again while a value it loads has not changed)";

/// A call in a loop: the receiver's text (empty for a plain function) and
/// the method's (or function's last path segment's) name.
struct CallSite<'t> {
    recv: &'t str,
    name: &'t str,
    args: Option<Node<'t>>,
}

fn call_sites<'t>(node: Node<'t>, src: &'t str) -> Vec<CallSite<'t>> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "call_expression" {
            if let Some(f) = n.child_by_field_name("function") {
                let args = n.child_by_field_name("arguments");
                match f.kind() {
                    "field_expression" => {
                        if let (Some(v), Some(m)) = (
                            f.child_by_field_name("value"),
                            f.child_by_field_name("field"),
                        ) {
                            out.push(CallSite {
                                recv: text(v, src),
                                name: text(m, src),
                                args,
                            });
                        }
                    }
                    "identifier" | "scoped_identifier" => out.push(CallSite {
                        recv: "",
                        name: types::last_segment(text(f, src)),
                        args,
                    }),
                    _ => {}
                }
            }
        }
        stack.extend(n.named_children(&mut n.walk()));
    }
    out
}

/// `x += e` and `x -= e` in `node`: (the target's text, the operator, the
/// value's text).
fn compound_assignments<'t>(node: Node<'t>, src: &'t str) -> Vec<(&'t str, &'t str, &'t str)> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "compound_assignment_expr" {
            let part = |f: &str| n.child_by_field_name(f).map_or("", |c| text(c, src));
            let op = part("operator");
            if matches!(op, "+=" | "-=") {
                out.push((part("left"), op, part("right")));
            }
        }
        stack.extend(n.named_children(&mut n.walk()));
    }
    out
}

fn adds_or_removes(name: &str) -> bool {
    name.starts_with("push")
        || name.starts_with("pop")
        || matches!(name, "insert" | "remove" | "extend")
}

/// A loop that waits on other threads (an atomic load, a condition
/// variable, a yield, a park) and changes nothing of its own: no counter
/// moves, no collection grows or shrinks, no inner loop runs.
pub(super) fn waits(cond: Option<Node>, body: Node, src: &str) -> bool {
    let waiting = |n: Node| {
        call_sites(n, src).iter().any(|c| {
            matches!(
                c.name,
                "load"
                    | "wait"
                    | "wait_while"
                    | "wait_timeout"
                    | "yield_now"
                    | "spin_loop"
                    | "park"
                    | "park_timeout"
            )
        })
    };
    (cond.is_some_and(waiting) || waiting(body))
        && compound_assignments(body, src).is_empty()
        && !call_sites(body, src)
            .iter()
            .any(|c| !c.recv.is_empty() && adds_or_removes(c.name))
        && !Code::of(Some(body), src).has_loop()
}

/// The collection (or count field) the condition tests that every round
/// of the body shrinks (`q.pop_front()`, `v.remove(0)`, `self.len -= 1`)
/// and nothing in the body grows.
pub(super) fn drained(cond: Node, body: Node, src: &str) -> Option<String> {
    let calls = call_sites(body, src);
    let assigns = compound_assignments(body, src);
    let no_args = |c: &CallSite| c.args.is_none_or(|a| a.named_child_count() == 0);
    let mut shrunk: Vec<&str> = calls
        .iter()
        .filter(|c| {
            (matches!(
                c.name,
                "pop_front" | "pop_back" | "pop" | "pop_first" | "pop_last"
            ) && no_args(c))
                || (c.name == "remove"
                    && c.args
                        .and_then(|a| a.named_child(0))
                        .is_some_and(|a| text(a, src) == "0"))
        })
        .map(|c| c.recv)
        .collect();
    // A count only stands for a collection when it is a field.
    shrunk.extend(
        assigns
            .iter()
            .filter(|(left, op, right)| *op == "-=" && *right == "1" && left.contains('.'))
            .map(|(left, _, _)| *left),
    );
    shrunk.into_iter().find_map(|recv| {
        let tested = mentions_node(cond, recv, src);
        let grows = calls
            .iter()
            .any(|c| c.recv == recv && (c.name.starts_with("push") || c.name == "insert"))
            || assigns
                .iter()
                .any(|(left, op, _)| *left == recv && *op == "+=");
        (!recv.is_empty() && tested && !grows).then(|| recv.to_string())
    })
}

/// `node` holds an identifier or field access spelled `name`.
fn mentions_node(node: Node, name: &str, src: &str) -> bool {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if matches!(n.kind(), "identifier" | "field_expression" | "self") && text(n, src) == name {
            return true;
        }
        stack.extend(n.named_children(&mut n.walk()));
    }
    false
}

impl<'a, 't> Walker<'a, 't> {
    /// A parameter lent to the function to change (`q: &mut VecDeque<u64>`):
    /// a structure of the caller, drained here as a method would drain its
    /// own field.
    pub(super) fn lent_mut_param(&self, name: &str) -> bool {
        let Some(params) = self.fn_node.child_by_field_name("parameters") else {
            return false;
        };
        let mut cursor = params.walk();
        let found = params.named_children(&mut cursor).any(|p| {
            p.kind() == "parameter"
                && p.child_by_field_name("pattern")
                    .is_some_and(|pat| self.t(pat) == name)
                && p.child_by_field_name("type").is_some_and(|t| {
                    t.kind() == "reference_type"
                        && t.named_children(&mut t.walk())
                            .any(|c| c.kind() == "mutable_specifier")
                })
        });
        found
    }

    /// `name` is a mutable borrow of the receiver's own data: bound by
    /// `let name = &mut self.…` or by a pattern of a `match` on `self.…`
    /// (`match &mut self.state { Closed { failures } => … }`). What it
    /// drains was filled by earlier calls, as a field's would be.
    pub(super) fn borrowed_from_self(&self, name: &str) -> bool {
        if self.self_ty.is_none() {
            return false;
        }
        let place_of_self = |n: Node| {
            let t = self.t(n).trim_start_matches('&').trim_start();
            let t = t.strip_prefix("mut ").unwrap_or(t).trim_start();
            t.starts_with("self.")
        };
        // A field, borrowed, or moved out for the time of the method
        // (`mem::replace(&mut self.phase, Phase::Trial)`, `mem::take(&mut
        // self.log)`) and stored back: the structure's own data.
        let of_self = |n: Node| {
            place_of_self(n)
                || super::super::flow::moved_out_of(self.src, n)
                    .is_some_and(|place| place.starts_with("self."))
        };
        let code = Code::of(Some(self.fn_node), self.src);
        if code.let_init(name).is_some_and(of_self) {
            return true;
        }
        // The arm's pattern for the scrutinee, or for the parts of a tuple
        // scrutinee (`match (&mut self.phase, trial) { (Closed { failures },
        // false) => … }`) that borrow from `self`.
        let binds_from_self = |value: Node, pattern: Node| {
            if of_self(value) {
                return identifiers(pattern, self.src).contains(&name);
            }
            if value.kind() != "tuple_expression" || pattern.kind() != "tuple_pattern" {
                return false;
            }
            let values: Vec<Node> = value.named_children(&mut value.walk()).collect();
            let patterns: Vec<Node> = pattern.named_children(&mut pattern.walk()).collect();
            values.len() == patterns.len()
                && values
                    .iter()
                    .zip(&patterns)
                    .any(|(v, p)| of_self(*v) && identifiers(*p, self.src).contains(&name))
        };
        code.of_kind("match_expression").into_iter().any(|m| {
            let Some(value) = m.child_by_field_name("value") else {
                return false;
            };
            m.child_by_field_name("body").is_some_and(|b| {
                b.named_children(&mut b.walk()).any(|arm| {
                    arm.child_by_field_name("pattern")
                        .and_then(|p| {
                            // A match arm's pattern wraps the pattern proper.
                            if p.kind() == "match_pattern" {
                                p.named_child(0)
                            } else {
                                Some(p)
                            }
                        })
                        .is_some_and(|p| binds_from_self(value, p))
                })
            })
        })
    }

    /// `q.is_empty()` (negated: `!q.is_empty()`), `q.len() > 0`,
    /// `q.len() != 0` (negated: true while `q` holds something): the
    /// collection tested, and whether the test is "not empty".
    pub(super) fn emptiness_test(&self, cond: Node<'t>) -> Option<(&'t str, bool)> {
        let node = peel(cond, self.src);
        // `x.<method>()`: the receiver `x`.
        let receiver_of = |n: Node<'t>, method: &str| -> Option<&'t str> {
            let n = peel(n, self.src);
            let f = n
                .child_by_field_name("function")
                .filter(|f| n.kind() == "call_expression" && f.kind() == "field_expression")?;
            (self.t(f.child_by_field_name("field")?) == method)
                .then(|| f.child_by_field_name("value").map(|v| self.t(v)))
                .flatten()
        };
        match node.kind() {
            "unary_expression" if self.t(node).starts_with('!') => {
                receiver_of(node.named_child(0)?, "is_empty").map(|r| (r, true))
            }
            "call_expression" => receiver_of(node, "is_empty").map(|r| (r, false)),
            "binary_expression" => {
                let op = self.t(node.child_by_field_name("operator")?);
                let right = node.child_by_field_name("right")?;
                let zero = self.t(right) == "0";
                match op {
                    ">" | "!=" if zero => {
                        receiver_of(node.child_by_field_name("left")?, "len").map(|r| (r, true))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }
}
