//! Branches: `if`, `if let`, `let … else` and `match` cost their condition and
//! their dearest arm; an arm that leaves the function or the loop (`return`,
//! `break`, `panic!`) is charged once, not per round.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    pub(super) fn if_expr(&mut self, node: Node<'t>) -> (Cost, Val) {
        let mark = self.env.len();
        let mut cost = Cost::one();
        if let Some(cond) = node.child_by_field_name("condition") {
            cost = self.condition(cond);
        }
        let mut branches = Cost::one();
        let mut val = Val::unknown();
        let refill = node
            .child_by_field_name("condition")
            .zip(node.child_by_field_name("consequence"))
            .and_then(|(c, t)| self.refill(c, t));
        if let Some(then) = node.child_by_field_name("consequence") {
            if let Some(field) = refill {
                // Runs only once `field` is empty, and moves into it what
                // other operations added: each element once.
                let _ = self.eval(then);
                let _ = field;
                branches = branches.seq(Cost::of(Part::one().lower(Confidence::Medium)));
            } else if self.divergence(then).is_none() {
                let (c, v) = self.eval(then);
                branches = branches.seq(c);
                val = v;
            } else {
                branches = branches.seq(self.branch(then));
            }
        }
        self.env.truncate(mark);
        // `if let Some(x) = self.out.pop() { .. } else { refill }`.
        let emptied = node
            .child_by_field_name("condition")
            .filter(|c| c.kind() == "let_condition")
            .and_then(|c| c.child_by_field_name("value"))
            .and_then(|v| self.emptied_field(v));
        if let Some(alt) = node.child_by_field_name("alternative") {
            if let Some(inner) = alt.named_child(0) {
                if emptied.is_some_and(|f| self.refills(f, inner)) {
                    let _ = self.eval(inner);
                    branches = branches.seq(Cost::of(Part::one().lower(Confidence::Medium)));
                } else {
                    branches = branches.seq(self.branch(inner));
                }
            }
        }
        (cost.seq(branches), val)
    }

    /// `Some(x)` (or `Ok(x)`) of an `if let` or a `let … else` unwraps an
    /// Option of the value's element: `x` is that element.
    pub(super) fn bind_unwrapped(&mut self, p: Node<'t>, val: Val) {
        let mut inner = match val.ty.kind {
            Kind::Wrapper => Val::elem(val.ty.args.first().cloned().unwrap_or(Ty::UNKNOWN)),
            _ => Val::elem(Ty::UNKNOWN),
        };
        inner.node_list = val.node_list;
        let target = if p.kind() == "tuple_struct_pattern" && p.named_child_count() == 2 {
            p.named_child(1).unwrap_or(p)
        } else {
            p
        };
        self.bind_pattern(target, inner, false);
    }

    /// `let` conditions bind; plain conditions are evaluated.
    pub(super) fn condition(&mut self, cond: Node<'t>) -> Cost {
        match cond.kind() {
            "let_condition" => {
                let (cost, val) = match cond.child_by_field_name("value") {
                    Some(v) => self.eval(v),
                    None => (Cost::one(), Val::unknown()),
                };
                if let Some(p) = cond.child_by_field_name("pattern") {
                    self.bind_unwrapped(p, val);
                }
                cost
            }
            "let_chain" => {
                let mut cost = Cost::one();
                let mut cursor = cond.walk();
                for child in cond.named_children(&mut cursor) {
                    cost = cost.seq(self.condition(child));
                }
                cost
            }
            _ => self.eval(cond).0,
        }
    }

    /// A branch that ends in `return`, `break` or a panic happens at most
    /// once per call (per loop), so it is not multiplied by loops.
    pub(super) fn diverging(&self, branch: Node, cost: Cost) -> Cost {
        match self.divergence(branch) {
            Some("return") => cost.into_ret(),
            Some("break") => cost.into_brk(),
            _ => cost,
        }
    }

    pub(super) fn divergence(&self, node: Node) -> Option<&'static str> {
        match node.kind() {
            "return_expression" => Some("return"),
            "break_expression" => Some("break"),
            "macro_invocation" => {
                let name = node.child_by_field_name("macro").map_or("", |m| self.t(m));
                matches!(name, "panic" | "unreachable" | "todo" | "unimplemented")
                    .then_some("return")
            }
            "expression_statement" => node.named_child(0).and_then(|e| self.divergence(e)),
            "block" => {
                let mut i = node.named_child_count() as u32;
                while i > 0 {
                    i -= 1;
                    let child = node.named_child(i)?;
                    if matches!(child.kind(), "line_comment" | "block_comment") {
                        continue;
                    }
                    return self.divergence(child);
                }
                None
            }
            _ => None,
        }
    }

    pub(super) fn match_expr(&mut self, node: Node<'t>) -> (Cost, Val) {
        let mut cost = match node.child_by_field_name("value") {
            Some(v) => self.eval(v).0,
            None => Cost::one(),
        };
        let emptied = node
            .child_by_field_name("value")
            .and_then(|v| self.emptied_field(v));
        let mut arms = Cost::one();
        if let Some(body) = node.child_by_field_name("body") {
            let mut cursor = body.walk();
            for arm in body.named_children(&mut cursor) {
                if arm.kind() != "match_arm" {
                    continue;
                }
                let mark = self.env.len();
                if let Some(p) = arm.child_by_field_name("pattern") {
                    for name in identifiers(p, self.src) {
                        self.bind(name, Val::unknown());
                    }
                }
                // `None => { swap; reverse }` after popping a field: runs
                // only once the field is empty, to refill it (see `refill`).
                let refills = emptied.is_some_and(|f| {
                    arm.child_by_field_name("pattern")
                        .is_some_and(|p| self.t(p).trim() == "None")
                        && arm
                            .child_by_field_name("value")
                            .is_some_and(|v| self.refills(f, v))
                });
                if let Some(v) = arm.child_by_field_name("value") {
                    if refills {
                        let _ = self.eval(v);
                        arms = arms.seq(Cost::of(Part::one().lower(Confidence::Medium)));
                    } else {
                        arms = arms.seq(self.branch(v));
                    }
                }
                self.env.truncate(mark);
            }
        }
        cost = cost.seq(arms);
        (cost, Val::unknown())
    }
}
