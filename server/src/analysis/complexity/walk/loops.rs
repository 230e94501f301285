//! Loops: `for`, `while` and `loop` multiply their body by how often they
//! run (the factor comes from `bounds`), with amortised work lists.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    pub(super) fn for_loop(&mut self, node: Node<'t>) -> Cost {
        let Some(value) = node.child_by_field_name("value") else {
            return Cost::one();
        };
        let (setup, val) = self.eval(value);
        let header = header_text(node, self.src);
        let iter_text = self.t(value);
        let (mut factor, mut conf) = match val.iter {
            Some(len) if val.assumed_len => (len, Confidence::Medium),
            Some(len) => (len, Confidence::High),
            None => match val.ty.kind() {
                Kind::Array => (Class::ONE, Confidence::High),
                kind if length_unknown(kind) => (Class::N, Confidence::Medium),
                _ => (Class::N, Confidence::High),
            },
        };
        // `for c in target.checked_sub(x)`, `for e in map.get(&k)`: a std
        // method that returns an Option (or a Result) yields at most once.
        let constant_rounds = matches!(value.kind(), "array_expression")
            || (val.iter.is_none() && val.ty.kind() == &Kind::Array)
            || self.returns_option(value);
        if constant_rounds {
            factor = Class::ONE;
            conf = Confidence::High;
            // For the rules: a loop that runs a constant number of times
            // (not one whose rounds add up over an outer loop, also ×1 here)
            // is no loop over the input (`no-nested-loop`).
            self.small_receivers.push(node.byte_range());
        }
        let body = node.child_by_field_name("body");
        let mut note = format!("`{header}` ×{}", factor_text(factor));
        if val.assumed_len && val.ty.kind() == &Kind::Range && !factor.is_one() {
            note.push_str(" (assumed: it counts up to a number a helper returned)");
        }
        if !factor.is_one() {
            let amortised_worklist = self.worklist.iter().any(|w| mentions(iter_text, w));
            // The list of the node being visited, walked once per visit.
            let per_node = matches!(
                peel(value, self.src).kind(),
                "field_expression" | "index_expression"
            ) && !iter_text.trim_start_matches('&').starts_with("self.")
                || iter_text.trim_start_matches('&').starts_with("self.")
                    && body.is_some_and(|b| self.calls_other_self(b));
            // The list of one element of a collection (`self.nodes[at].kids`)
            // with a self-call in the body: a traversal, each edge once.
            let amortised_recursion = ((per_node || val.node_list)
                && body.is_some_and(|b| self.calls_self(b)))
                || (val.node_list && self.in_iteration());
            // `for f in &v[p..] { if .. { break } p += 1 }` inside another
            // loop: every round that does not break moves `p` on for good,
            // so over the outer loop the rounds add up to v's length plus
            // one break per outer round (two pointers written with `for`).
            if let Some(p) = self.resumes_where_it_stopped(value, body) {
                factor = Class::ONE;
                conf = conf.min(Confidence::Medium);
                note = format!("`{header}` ×1 amortised: each round that goes on moves `{p}` forward for good, so the rounds add up to the slice once");
            } else if let Some(why) = self.capped_cursor_walk(node, value, body) {
                // `for _ in 0..self.data.len() { if j == 0 { break } ..;
                // j = (j - 1) / 2 }`: the range only caps a sift.
                factor = Class::LOG;
                conf = conf.min(Confidence::Medium);
                note = format!("`{header}` ×log n{why}");
            } else if let Some(list) = self.drained_persistent(value, body) {
                // `for _ in 0..self.log.len() { if fresh { break } self.log.pop_front(); }`:
                // the count only caps rounds that each remove an element
                // (the `while` form is in `bounds`).
                factor = Class::ONE;
                conf = conf.min(Confidence::Medium);
                note = format!("`{header}` ×1 amortised: each round removes an element of `{list}`, which was added once, so over many operations this costs O(1) per operation");
            } else if amortised_worklist || amortised_recursion {
                factor = Class::ONE;
                conf = conf.min(Confidence::Medium);
                note = format!(
                    "`{header}` ×1 amortised: over the whole {} each edge is followed once",
                    if amortised_worklist {
                        "work list"
                    } else {
                        "traversal"
                    }
                );
            }
        }
        let step = self.loop_step(node, note, factor);
        if factor == Class::N
            && conf == Confidence::High
            && self.walks_input.is_none()
            && self.input_rooted(value)
            && body.is_none_or(|b| !exits_early(b, false))
        {
            self.walks_input = Some(step.clone());
        }
        let mark = self.env.len();
        let mut elem = match val.iter {
            Some(_) if val.ty.kind == Kind::Range => Val::of(Ty::of(Kind::Scalar)),
            Some(_) if val.overlapping => Val::of(Ty::of(Kind::Slice)),
            Some(_) => Val::elem(Ty::UNKNOWN),
            None => Val::elem(val.ty.element()),
        };
        elem.node_list = val.nested || (val.iter.is_none() && val.ty.element().is_sized());
        if !factor.is_one() {
            let bound = self.iteration_bound(value);
            self.mark_driving(bound, false);
        }
        if let Some(p) = node.child_by_field_name("pattern") {
            self.bind_pattern(p, elem, false);
        }
        let body_cost = self.loop_body(body, factor);
        self.env.truncate(mark);
        let per = val.per.clone();
        self.assemble(setup, body_cost, per, factor, step, conf)
    }

    /// `for _ in 0..len { if .. { break } ..; j = (j - 1) / 2 }`: a loop
    /// that never reads its counter, leaves early, and moves a cursor by
    /// halving or doubling it (a heap's sift with a safety cap): one path
    /// down or up a tree, log n rounds, not the range's length.
    fn capped_cursor_walk(
        &self,
        node: Node,
        value: Node,
        body: Option<Node<'t>>,
    ) -> Option<String> {
        let unused = node
            .child_by_field_name("pattern")
            .is_some_and(|p| self.t(p) == "_");
        let body = body?;
        if !unused || value.kind() != "range_expression" || !exits_early(body, false) {
            return None;
        }
        let code = Code::of(Some(body), self.src);
        let moved: Vec<&str> = code
            .idents()
            .into_iter()
            .filter(|v| code.assigned(v))
            .collect();
        let cursor = moved.iter().find(|v| code.doubles(v)).copied();
        if cursor.is_none() && (moved.is_empty() || !code.halves()) {
            return None;
        }
        Some(match cursor {
            Some(v) => format!(" (the range only caps it: it leaves early, and `{v}` doubles each round: one path down a tree)"),
            None => " (the range only caps it: it leaves early, and its cursor halves each round: one path up a tree)".to_string(),
        })
    }

    /// A call of a std method that returns an Option or a Result, which a
    /// `for` walks at most once; not a method of the file of that name.
    fn returns_option(&self, value: Node) -> bool {
        let Some(method) = (value.kind() == "call_expression")
            .then(|| value.child_by_field_name("function"))
            .flatten()
            .filter(|f| f.kind() == "field_expression")
            .and_then(|f| f.child_by_field_name("field"))
            .map(|m| self.t(m))
        else {
            return false;
        };
        let optional = method.starts_with("checked_")
            || matches!(
                method,
                "get"
                    | "get_mut"
                    | "first"
                    | "last"
                    | "pop"
                    | "pop_front"
                    | "pop_back"
                    | "front"
                    | "back"
                    | "peek"
                    | "position"
                    | "rposition"
                    | "find"
                    | "find_map"
                    | "max_by_key"
                    | "min_by_key"
                    | "max_by"
                    | "min_by"
                    | "next"
                    | "next_back"
                    | "nth"
                    | "strip_prefix"
                    | "strip_suffix"
                    | "ok"
                    | "err"
                    | "parent"
            );
        optional
            && !self
                .file
                .fns
                .iter()
                .any(|(n, _)| n.rsplit("::").next() == Some(method))
    }

    /// The structure a `for` over `0..list.len()` drains, when it outlives
    /// the call (a field of `self`, or borrowed from it).
    fn drained_persistent(&self, value: Node<'t>, body: Option<Node<'t>>) -> Option<String> {
        if value.kind() != "range_expression" || !self.t(value).trim_end().ends_with(".len()") {
            return None;
        }
        let list = drained(value, body?, self.src)?;
        (list.starts_with("self.") && self.self_ty.is_some() || self.borrowed_from_self(&list))
            .then_some(list)
    }

    /// The start `p` of `&v[p..]` when the loop runs inside another loop,
    /// `p` lives outside that loop, and the body's every round either
    /// breaks or ends with `p += 1` (an unconditional statement of the
    /// body).
    fn resumes_where_it_stopped(&self, value: Node, body: Option<Node>) -> Option<&'t str> {
        let &(_, _, Some(outer)) = self.loops.last()? else {
            return None;
        };
        let slice = peel(value, self.src);
        if slice.kind() != "index_expression" {
            return None;
        }
        let range = slice
            .named_child(1)
            .filter(|r| r.kind() == "range_expression")?;
        let start = range.named_child(0).filter(|s| s.kind() == "identifier")?;
        if range.named_child_count() != 1 || !self.t(range).trim_end().ends_with("..") {
            return None;
        }
        let p = self.t(start);
        // Declared or reset in the outer loop: it starts over each round.
        let outer_code = Code::of(Some(outer), self.src);
        if outer_code.let_init(p).is_some() || self.t(outer).contains(&format!("{p} = 0")) {
            return None;
        }
        let body = body?;
        let mut cursor = body.walk();
        let steps = body.named_children(&mut cursor).any(|stmt| {
            let e = statement_expr(stmt);
            e.is_some_and(|e| {
                e.kind() == "compound_assignment_expr"
                    && e.child_by_field_name("left")
                        .is_some_and(|l| self.t(l) == p)
                    && e.child_by_field_name("right")
                        .is_some_and(|r| self.t(r) == "1")
                    && self.t(e).contains("+=")
            })
        });
        steps.then_some(p)
    }

    pub(super) fn loop_body(&mut self, body: Option<Node<'t>>, factor: Class) -> Cost {
        let saved = self.loop_ctx;
        let guarded = Code::of(body, self.src).has_kind("continue_expression");
        self.loops.push((saved, guarded, body));
        self.loop_ctx = saved.times(factor);
        if let Some(b) = body {
            self.grow_loop_carried(b);
        }
        let cost = match body {
            Some(b) => self.eval(b).0,
            None => Cost::one(),
        };
        self.loop_ctx = saved;
        self.loops.pop();
        cost
    }

    /// Evaluates a branch; one that returns or breaks runs once, so what it
    /// allocates is not multiplied by the loops it leaves.
    pub(super) fn branch(&mut self, node: Node<'t>) -> Cost {
        let saved = self.loop_ctx;
        match self.divergence(node) {
            Some("return") => self.loop_ctx = Class::ONE,
            Some(_) => {
                if let Some(&(outside, _, _)) = self.loops.last() {
                    self.loop_ctx = outside;
                }
            }
            None => {}
        }
        let cost = self.eval(node).0;
        self.loop_ctx = saved;
        self.diverging(node, cost)
    }

    /// setup once + factor × (body + per-iteration work) + breaks once.
    pub(super) fn assemble(
        &self,
        setup: Cost,
        body: Cost,
        per_iter: Part,
        factor: Class,
        step: Step,
        conf: Confidence,
    ) -> Cost {
        let per = body.body.seq(per_iter);
        let repeated = per.times(factor, step, conf).seq(body.brk);
        Cost {
            body: setup.body.seq(repeated),
            ret: setup.ret.seq(body.ret),
            brk: setup.brk,
        }
    }
}
