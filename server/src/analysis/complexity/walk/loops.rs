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

    /// A loop that fetches a batch and walks it (`let batch = …; for x in
    /// &batch`): the batches split the input, so the inner loop is what
    /// grows with n.
    pub(super) fn batch_loop(&self, body: Option<Node>) -> bool {
        let Some(body) = body else { return false };
        let mut lets = Vec::new();
        let mut cursor = body.walk();
        for stmt in body.named_children(&mut cursor) {
            match stmt.kind() {
                "let_declaration" => {
                    if let Some(p) = stmt.child_by_field_name("pattern") {
                        lets.extend(identifiers(p, self.src));
                    }
                }
                "expression_statement" | "for_expression" => {
                    let inner = if stmt.kind() == "for_expression" {
                        Some(stmt)
                    } else {
                        stmt.named_child(0)
                    };
                    let Some(f) = inner.filter(|f| f.kind() == "for_expression") else {
                        continue;
                    };
                    let iter = f.child_by_field_name("value").map_or("", |v| self.t(v));
                    if lets.iter().any(|l| mentions(iter, l)) {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    pub(super) fn loop_loop(&mut self, node: Node<'t>) -> Cost {
        let header = "loop".to_string();
        let body = node.child_by_field_name("body");
        let body_text = body.map_or("", |b| self.t(b));
        let mark = self.worklist.len();
        let (mut factor, mut conf, mut why) = if body.is_some_and(|b| waits(None, b, self.src)) {
            (Class::ONE, Confidence::Medium, WAITS.to_string())
        } else if let Some(head) = desugared_while_let(body, self.src) {
            // The loop is a `while let` written out: judge it as one.
            let WhileBound {
                rounds: Rounds { factor, conf, why },
                work_list,
            } = self.while_factor(head, body);
            if work_list.is_some() {
                for name in popped_bindings(body, self.src) {
                    self.worklist.push(name);
                }
                if let Some(p) = head.child_by_field_name("pattern") {
                    for name in identifiers(p, self.src) {
                        self.worklist.push(name.to_string());
                    }
                }
            }
            (factor, conf, why)
        } else {
            // The loop goes on while none of its exits is taken: the
            // conditions of `if … { break }` / `if … { return … }`.
            let exits = Code::many(self.exit_conditions(body), self.src);
            let code = Code::of(body, self.src);
            let mut rounds = self.bound_factor(&exits, &code).rounds;
            if rounds.why.is_empty() {
                // Only a recognised shape of the exits (converging
                // pointers, halving) bounds a `loop`; an exit on some value
                // the body computes does not.
                rounds = self
                    .bound_factor(&Code::many(Vec::new(), self.src), &code)
                    .rounds;
            }
            let Rounds {
                factor: f,
                conf: c,
                why: w,
            } = rounds;
            let moves_outer = code.idents().iter().any(|w| {
                self.lookup(w).is_some()
                    && (code.assigned(w)
                        || !code.compound(w, "+=").is_empty()
                        || !code.compound(w, "-=").is_empty())
            });
            if w.contains("assumed")
                && !code.has_kind("break_expression")
                && code.has_kind("return_expression")
                && !moves_outer
            {
                (
                    Class::ONE,
                    Confidence::Medium,
                    " (a retry loop: it only goes round again when an attempt fails)".to_string(),
                )
            } else if w.contains("assumed") {
                (
                    f,
                    Confidence::Medium,
                    " (runs until a break; assumed n)".to_string(),
                )
            } else {
                (f, c, w)
            }
        };
        if why.contains("assumed") && self.batch_loop(body) {
            Rounds { factor, conf, why } = batched();
        }
        if !factor.is_one() {
            self.mark_driving(body_text, false);
        }
        let step = self.loop_step(
            node,
            format!("`{header}` ×{}{why}", factor_text(factor)),
            factor,
        );
        let body_cost = self.loop_body(body, factor);
        self.worklist.truncate(mark);
        self.assemble(Cost::one(), body_cost, Part::one(), factor, step, conf)
    }

    /// `while level.len() > 1 { … }` whose body builds the next level by
    /// walking this one in strides of two or more (`chunks(2)`,
    /// `step_by(2)`, `k += 2`): the levels shrink geometrically. The length
    /// test may sit inside the condition (`levels.last().map_or(false, |l|
    /// l.len() > 1)` over a stack of levels).
    pub(super) fn halving_levels(&self, cond: Node, body: &str) -> bool {
        let tests_length = |c: Node| {
            if c.kind() != "binary_expression" {
                return false;
            }
            let op = c.child_by_field_name("operator").map_or("", |o| self.t(o));
            let (Some(l), Some(r)) = (
                c.child_by_field_name("left"),
                c.child_by_field_name("right"),
            ) else {
                return false;
            };
            matches!(op, ">" | ">=" | "!=") && self.small(r) && self.t(l).ends_with(".len()")
        };
        let mut stack = vec![cond];
        let mut found = false;
        while let Some(n) = stack.pop() {
            if tests_length(n) {
                found = true;
                break;
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        if !found {
            return false;
        }
        let flat: String = body.split_whitespace().collect();
        ["chunks(", "chunks_exact(", "step_by("].iter().any(|m| {
            flat.match_indices(m).any(|(at, _)| {
                let arg = &flat[at + m.len()..];
                let end = arg.find(')').unwrap_or(0);
                arg[..end].parse::<u64>().is_ok_and(|k| k >= 2) || is_const_name(&arg[..end])
            })
        }) || ["+=2;", "+=2}"].iter().any(|p| flat.contains(p))
    }

    /// The conditions of the top-level `if C { break }` / `if C { return }`
    /// of a loop body, joined with `||`.
    pub(super) fn exit_conditions(&self, body: Option<Node<'t>>) -> Vec<Node<'t>> {
        let Some(body) = body else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut cursor = body.walk();
        for stmt in body.named_children(&mut cursor) {
            let e = statement_expr(stmt);
            let Some(e) = e.filter(|e| e.kind() == "if_expression") else {
                continue;
            };
            if e.child_by_field_name("alternative").is_some() {
                continue;
            }
            if let (Some(c), Some(then)) = (
                e.child_by_field_name("condition"),
                e.child_by_field_name("consequence"),
            ) {
                if self.divergence(then).is_some() {
                    out.push(c);
                }
            }
        }
        out
    }
}
