//! Bounds read off a loop's header: a condition that caps a pointer a
//! constant distance from where it started, and the part of an iterator
//! chain its length grows with (`zip` stops with its shorter side).

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// The code an iteration's length grows with: all of it, except that a
    /// `zip` stops with its shorter side, so when the zipped argument
    /// mentions a parameter, that argument alone bounds it.
    pub(super) fn iteration_bound(&self, iter: Node) -> &'t str {
        let mut node = iter;
        loop {
            if node.kind() == "call_expression" {
                let function = node.child_by_field_name("function");
                if let Some(f) = function.filter(|f| f.kind() == "field_expression") {
                    let method = f.child_by_field_name("field").map_or("", |m| self.t(m));
                    let arg = node
                        .child_by_field_name("arguments")
                        .and_then(|a| a.named_child(0));
                    if let Some(arg) = arg.filter(|_| method == "zip") {
                        let text = self.t(arg);
                        if self.params.iter().any(|(p, _)| mentions(text, p)) {
                            return text;
                        }
                    }
                    match f.child_by_field_name("value") {
                        Some(v) => {
                            node = v;
                            continue;
                        }
                        None => break,
                    }
                }
            }
            if matches!(
                node.kind(),
                "reference_expression" | "parenthesized_expression"
            ) {
                if let Some(inner) =
                    node.named_child(node.named_child_count().saturating_sub(1) as u32)
                {
                    node = inner;
                    continue;
                }
            }
            break;
        }
        self.t(iter)
    }

    /// A condition that stops the loop a constant distance from where a
    /// pointer started: `end - i < 20`, `j <= i + K`, with `end`/`j`
    /// starting at `i` (`let mut end = i;`) and moved forward by the body,
    /// `i` not. The bound, as written.
    pub(super) fn capped(&self, cond: Node, body: Option<Node<'t>>) -> Option<&'t str> {
        let body = Code::of(body, self.src);
        let mut conjuncts = Vec::new();
        self.conjuncts(cond, &mut conjuncts);
        conjuncts.into_iter().find_map(|c| {
            if c.kind() != "binary_expression" {
                return None;
            }
            let op = self.t(c.child_by_field_name("operator")?);
            let (left, right) = (
                c.child_by_field_name("left")?,
                c.child_by_field_name("right")?,
            );
            // `used < 19`, the body only counting `used` up: at most CAP
            // rounds per entry into the loop.
            if matches!(op, "<" | "<=")
                && left.kind() == "identifier"
                && self.small(right)
                && !is_const_name(self.t(left))
            {
                let v = self.t(left);
                if !body.compound(v, "+=").is_empty()
                    && body.compound(v, "-=").is_empty()
                    && !body.assigned(v)
                {
                    return Some(self.t(right));
                }
            }
            let (moving, start, cap) = match op {
                // `end - i < CAP`
                "<" | "<=" if left.kind() == "binary_expression" && self.small(right) => {
                    let minus = left.child_by_field_name("operator")?;
                    if self.t(minus) != "-" {
                        return None;
                    }
                    (
                        left.child_by_field_name("left")?,
                        left.child_by_field_name("right")?,
                        right,
                    )
                }
                // `j < i + CAP`
                "<" | "<=" if right.kind() == "binary_expression" => {
                    let plus = right.child_by_field_name("operator")?;
                    let cap = right.child_by_field_name("right")?;
                    if self.t(plus) != "+" || !self.small(cap) {
                        return None;
                    }
                    (left, right.child_by_field_name("left")?, cap)
                }
                _ => return None,
            };
            if moving.kind() != "identifier" || start.kind() != "identifier" {
                return None;
            }
            let (moving, start) = (self.t(moving), self.t(start));
            // `let mut end = i;`: the pointer starts at the start.
            let starts_there = Code::of(Some(self.fn_node), self.src)
                .let_init(moving)
                .is_some_and(|init| {
                    let base = self.offset_base(init);
                    base.kind() == "identifier"
                        && self.t(base) == start
                        && (init.kind() != "binary_expression"
                            || init
                                .child_by_field_name("operator")
                                .is_some_and(|o| self.t(o) == "+"))
                });
            let forward = starts_there
                && !body.compound(moving, "+=").is_empty()
                && body.compound(moving, "-=").is_empty()
                && !body.assigned(moving);
            let fixed = !body.moves(start);
            (forward && fixed).then(|| self.t(cap))
        })
    }
}
