//! The shape of a self-call, from its arguments: a half, one side of a
//! split, a child, n − 1, a counter nearing a limit; and the definitions
//! of the variables it reads.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// What a self-call passes down, from the structure of its arguments:
    /// a half, one side of a computed split, a child, or n − 1.
    pub(super) fn call_shape(&self, args: Option<Node>) -> Shape {
        let Some(args) = args else {
            return Shape::Unknown;
        };
        let shapes: Vec<Shape> = args
            .named_children(&mut args.walk())
            .map(|a| self.arg_shape(a))
            .collect();
        for s in [
            Shape::Split,
            Shape::Half,
            Shape::Child,
            Shape::Decrement,
            Shape::Count,
            Shape::Capped,
        ] {
            if shapes.contains(&s) {
                return s;
            }
        }
        Shape::Unknown
    }

    pub(super) fn arg_shape(&self, arg: Node) -> Shape {
        let node = peel(arg, self.src);
        match node.kind() {
            "index_expression" => {
                let Some(range) = node
                    .named_child(1)
                    .filter(|r| r.kind() == "range_expression")
                else {
                    return Shape::Unknown;
                };
                let bounds: Vec<Node> = range.named_children(&mut range.walk()).collect();
                if bounds.iter().any(|b| self.halving(self.offset_base(*b))) {
                    Shape::Half
                } else if bounds.iter().all(|b| self.small(*b)) {
                    Shape::Decrement
                } else {
                    Shape::Split
                }
            }
            "field_expression" => {
                let base = node.child_by_field_name("value").map_or("", |v| self.t(v));
                if base == "self" {
                    Shape::Unknown
                } else {
                    Shape::Child
                }
            }
            _ => {
                let base = self.offset_base(node);
                if let Some(split) = (node.kind() == "identifier")
                    .then(|| self.split_shape(self.t(node)))
                    .flatten()
                {
                    return split;
                }
                if self.halving(base) || self.doubled(base, 0) {
                    Shape::Half
                } else if base.id() != node.id()
                    && self.t(node).contains('-')
                    && self.split_point(base)
                {
                    // `m - 1` of a pivot `m = partition(..)`: one side of
                    // a computed split, not n − 1.
                    Shape::Split
                } else if base.id() != node.id() && self.t(node).contains('-') {
                    Shape::Decrement
                } else if let Some(limit) = self.counts_toward_limit(node) {
                    limit
                } else if base.kind() == "identifier" && self.bound_to_field(self.t(base)) {
                    Shape::Child
                } else {
                    Shape::Unknown
                }
            }
        }
    }

    /// `p + 1` of a parameter `p` that the function compares with a limit:
    /// each call is one step nearer it, so the depth is the limit. `Count`
    /// when some limit is not a constant (`if p >= max`, `if p ==
    /// items.len()`), `Capped` when every one is (`if p >= 3`).
    pub(super) fn counts_toward_limit(&self, node: Node) -> Option<Shape> {
        if node.kind() != "binary_expression"
            || node
                .child_by_field_name("operator")
                .is_none_or(|o| self.t(o) != "+")
        {
            return None;
        }
        let (left, right) = (
            node.child_by_field_name("left")?,
            node.child_by_field_name("right")?,
        );
        if left.kind() != "identifier" || right.kind() != "integer_literal" {
            return None;
        }
        let counter = self.t(left);
        if !self.params.iter().any(|(p, _)| p == counter) {
            return None;
        }
        let mut capped = false;
        let mut stack = vec![self.fn_node];
        while let Some(n) = stack.pop() {
            if n.kind() == "binary_expression"
                && n.child_by_field_name("operator")
                    .is_some_and(|o| matches!(self.t(o), ">=" | ">" | "==" | "<" | "<="))
            {
                if let (Some(l), Some(r)) = (
                    n.child_by_field_name("left"),
                    n.child_by_field_name("right"),
                ) {
                    let other = if self.t(l) == counter {
                        Some(r)
                    } else if self.t(r) == counter {
                        Some(l)
                    } else {
                        None
                    };
                    match other {
                        Some(o) if !self.small(o) => return Some(Shape::Count),
                        Some(_) => capped = true,
                        None => {}
                    }
                }
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        capped.then_some(Shape::Capped)
    }

    /// A part of `let (a, b) = v.split_at_mut(k)`: a half when `k` halves,
    /// n − 1 for `split_first`, else one side of a computed split.
    pub(super) fn split_shape(&self, name: &str) -> Option<Shape> {
        self.def_nodes(name).into_iter().find_map(|d| {
            let d = peel(d, self.src);
            let f = d
                .child_by_field_name("function")
                .filter(|f| f.kind() == "field_expression")?;
            let m = self.t(f.child_by_field_name("field")?);
            let arg = d
                .child_by_field_name("arguments")
                .and_then(|a| a.named_child(0));
            match m {
                "split_first" | "split_last" | "split_first_mut" | "split_last_mut" => {
                    Some(Shape::Decrement)
                }
                "split_at" | "split_at_mut" => {
                    let k = self.offset_base(arg?);
                    Some(if self.halving(k) {
                        Shape::Half
                    } else if self.small(k) {
                        Shape::Decrement
                    } else {
                        Shape::Split
                    })
                }
                _ => None,
            }
        })
    }

    /// A local (not a parameter) computed by a call: a split position such
    /// as `let m = partition(a, lo, hi)`.
    pub(super) fn split_point(&self, node: Node) -> bool {
        if node.kind() != "identifier" {
            return false;
        }
        let name = self.t(node);
        if self.params.iter().any(|(p, _)| p == name) {
            return false;
        }
        let defs = self.def_nodes(name);
        !defs.is_empty()
            && defs
                .iter()
                .all(|d| peel(*d, self.src).kind() == "call_expression")
    }

    /// `x / 2`, `x >> 1`, or a variable defined as one.
    pub(super) fn halving(&self, node: Node) -> bool {
        let is_half = |t: &str| {
            let t: String = t.split_whitespace().collect();
            t.contains("/2") || t.contains(">>1")
        };
        match node.kind() {
            "identifier" => self.defs(self.t(node)).iter().any(|d| is_half(d)),
            "binary_expression" | "parenthesized_expression" => is_half(self.t(node)),
            _ => false,
        }
    }

    /// An index one level further down an implicit binary tree: defined
    /// (directly or through other variables) as `2 * i + 1`, `i << 1`.
    pub(super) fn doubled(&self, node: Node, depth: usize) -> bool {
        let twice = |t: &str| {
            let t: String = t.split_whitespace().collect();
            t.contains("2*") || t.contains("*2") || t.contains("<<1")
        };
        if twice(self.t(node)) {
            return true;
        }
        if node.kind() != "identifier" || depth > 3 {
            return false;
        }
        let name = self.t(node);
        self.defs(name).iter().any(|d| {
            twice(d)
                || (is_ident(d)
                    && d != &name
                    && self
                        .def_nodes(d)
                        .iter()
                        .any(|n| self.doubled(*n, depth + 1)))
        })
    }

    /// Bound from a field of another value (`for c in &node.kids`,
    /// `if let Some(l) = &n.left`): a child.
    pub(super) fn bound_to_field(&self, name: &str) -> bool {
        self.def_nodes(name).iter().any(|d| {
            let p = peel(*d, self.src);
            p.kind() == "field_expression"
                && p.child_by_field_name("value")
                    .is_some_and(|v| self.t(v) != "self")
        })
    }

    /// The expressions a variable is bound or assigned to in the function.
    pub(super) fn defs(&self, name: &str) -> Vec<&'t str> {
        self.def_nodes(name)
            .into_iter()
            .map(|n| self.t(n))
            .collect()
    }

    pub(super) fn def_nodes(&self, name: &str) -> Vec<Node<'t>> {
        let mut out = Vec::new();
        let mut stack = vec![self.fn_node];
        while let Some(n) = stack.pop() {
            let (pat, val) = match n.kind() {
                "let_declaration" | "let_condition" => (
                    n.child_by_field_name("pattern"),
                    n.child_by_field_name("value"),
                ),
                "for_expression" => (
                    n.child_by_field_name("pattern"),
                    n.child_by_field_name("value"),
                ),
                "assignment_expression" => (
                    n.child_by_field_name("left"),
                    n.child_by_field_name("right"),
                ),
                _ => (None, None),
            };
            if let (Some(p), Some(v)) = (pat, val) {
                if identifiers(p, self.src).contains(&name) {
                    out.push(v);
                }
            }
            let mut cursor = n.walk();
            stack.extend(n.named_children(&mut cursor));
        }
        out
    }
}
