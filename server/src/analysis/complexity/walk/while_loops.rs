//! A `while` loop: how many rounds its condition allows (from `bounds`),
//! what its body costs per round, and the work lists it drains.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// `k < list.len()` (or `!=`) where `list` is the list of one element
    /// of a collection and `k` only steps forward by one in the body.
    fn counts_over_node_list(&mut self, cond: Node<'t>, body: Option<Node<'t>>) -> bool {
        let cond = peel(cond, self.src);
        if cond.kind() != "binary_expression"
            || !cond
                .child_by_field_name("operator")
                .is_some_and(|o| matches!(self.t(o), "<" | "!="))
        {
            return false;
        }
        let (Some(counter), Some(end)) = (
            cond.child_by_field_name("left"),
            cond.child_by_field_name("right"),
        ) else {
            return false;
        };
        if counter.kind() != "identifier" {
            return false;
        }
        let name = self.t(counter);
        let code = Code::of(body, self.src);
        let steps = code.compound(name, "+=");
        let steps_by_one = !steps.is_empty()
            && steps.iter().all(|r| self.t(*r) == "1")
            && !code.assigned(name)
            && code.compound(name, "-=").is_empty();
        steps_by_one && self.len_of_node_list(end)
    }

    pub(super) fn while_loop(&mut self, node: Node<'t>) -> Cost {
        let header = header_text(node, self.src);
        let body = node.child_by_field_name("body");
        let body_text = body.map_or("", |b| self.t(b));
        let Some(cond) = node.child_by_field_name("condition") else {
            return Cost::one();
        };
        let mark = (self.env.len(), self.worklist.len());
        let WhileBound {
            rounds:
                Rounds {
                    mut factor,
                    mut conf,
                    mut why,
                },
            work_list: worklist,
        } = self.while_factor(cond, body);
        if why.contains("assumed") && self.batch_loop(body) {
            Rounds { factor, conf, why } = batched();
        }
        // `while k < adj[u].len() { …; k += 1 }` inside another loop: the
        // indices of one element's list, as `for &v in &adj[u]` walks its
        // items: over the whole traversal each edge is followed once.
        if !factor.is_one() && self.in_iteration() && self.counts_over_node_list(cond, body) {
            factor = Class::ONE;
            conf = conf.min(Confidence::Medium);
            why = " amortised: over the whole traversal each edge is followed once".into();
        }
        if body.is_some_and(|b| self.calls_self(b)) {
            // Recurse on one part, loop on the other (quicksort's bounded
            // stack): each iteration is one more call of the recursion.
            factor = Class::ONE;
            conf = conf.min(Confidence::Medium);
            why =
                " (loops on one part and recurses on the other: counted with the recursion)".into();
            self.rec_loop = true;
        }
        if let Some(list) = &worklist {
            // A work list shared with an enclosing loop: all its pops, over
            // the whole function, are bounded by the pushes.
            let declared_outside = self
                .lookup(list)
                .is_some_and(|v| v.depth < self.loops.len());
            let guarded = self.loops.last().is_some_and(|l| l.1);
            if !self.loops.is_empty() && (declared_outside || guarded) {
                factor = Class::ONE;
                conf = conf.min(Confidence::Medium);
                why = " amortised: each element enters the work list once over the whole function"
                    .into();
            }
        }
        if !factor.is_one() {
            let cond_text = self.t(cond);
            self.mark_driving(cond_text, false);
            // A condition on a parameter (`while k < count`) says what the
            // rounds depend on; the collections the body merely indexes
            // (`b[at + k]`) do not drive them, so `digits(b, i, 4)` is
            // four rounds. Otherwise (`while lo < hi`) the body's
            // collections may.
            let on_param = self.params.iter().any(|(p, _)| mentions(cond_text, p));
            if !on_param {
                self.mark_driving(body_text, true);
            }
        }
        // The condition is evaluated every iteration.
        let per_iteration = usize::from(!factor.is_one());
        self.nest += per_iteration;
        let cond_cost = self.condition(cond);
        self.nest -= per_iteration;
        if cond.kind() == "let_condition" && worklist.is_some() {
            if let Some(p) = cond.child_by_field_name("pattern") {
                for name in identifiers(p, self.src) {
                    self.worklist.push(name.to_string());
                }
            }
        }
        if worklist.is_some() {
            // `let u = queue.remove(0);` inside `while !queue.is_empty()`.
            for name in popped_bindings(body, self.src) {
                self.worklist.push(name);
            }
        }
        let step = self.loop_step(
            node,
            format!("`{header}` ×{}{why}", factor_text(factor)),
            factor,
        );
        if factor == Class::N
            && conf == Confidence::High
            && self.walks_input.is_none()
            && self.loops.is_empty()
            && body.is_some_and(|b| !exits_early(b, false))
            && self.counts_to_input_length(cond, body)
        {
            self.walks_input = Some(step.clone());
        }
        let body_cost = self.loop_body(body, factor);
        self.env.truncate(mark.0);
        // After `while v.len() > K`, `v` holds at most K elements.
        if let Some(cond) = node.child_by_field_name("condition") {
            let text = self.t(cond);
            if let Some((lhs, rhs)) = text.split_once(".len() >") {
                let bound = rhs.trim_start_matches('=').trim();
                if is_ident(lhs.trim()) && (small_text(bound) || is_const_name(bound)) {
                    let name = lhs.trim();
                    let mut val = self.lookup(name).cloned().unwrap_or_else(Val::unknown);
                    val.ty = Ty::of(Kind::Array);
                    val.elem = true;
                    self.bind(name, val);
                }
            }
        }
        self.worklist.truncate(mark.1);
        let per_iter = cond_cost.body.clone();
        let cond_once = Cost {
            body: Part::one(),
            ..cond_cost
        };
        self.assemble(cond_once, body_cost, per_iter, factor, step, conf)
    }

    /// `while i < n` where `n` is an input's length (`v.len()`, or an
    /// immutable local bound to one) and the body only steps `i` forward:
    /// it visits every position of the input, whatever it finds there.
    fn counts_to_input_length(&self, cond: Node<'t>, body: Option<Node<'t>>) -> bool {
        let (Some(left), Some(op), Some(right)) = (
            cond.child_by_field_name("left"),
            cond.child_by_field_name("operator"),
            cond.child_by_field_name("right"),
        ) else {
            return false;
        };
        if cond.kind() != "binary_expression"
            || !matches!(self.t(op), "<" | "<=" | "!=")
            || left.kind() != "identifier"
        {
            return false;
        }
        let bound = match right.kind() {
            "identifier" => immutable_let_value(right, self.t(right), self.src).unwrap_or(right),
            _ => right,
        };
        // `self.len()` in a method: the structure's own size.
        let is_len = bound.kind() == "call_expression"
            && self.t(bound).ends_with(".len()")
            && (self.input_rooted(bound) || self.t(bound) == "self.len()" && self.is_method);
        let counter = self.t(left);
        let body_code = Code::of(body, self.src);
        is_len && body_code.increments(counter) && !body_code.decrements(counter)
    }
}
