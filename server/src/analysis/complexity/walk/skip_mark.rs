//! Scans that resume where the last one stopped: a call guarded by a
//! mark its loop's cursor must reach, charged once per loop.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// A call that scans forward from the cursor of its loop, made only once
    /// the cursor has reached a mark, and whose branch then moves the mark to
    /// where the scan stopped (a run that is known to fail is not read again):
    ///
    /// ```text
    /// while i < b.len() {
    ///     if i >= skip_to {
    ///         if let Err(run_end) = token_at(b, i) { skip_to = run_end; }
    ///     }
    ///     i += 1;
    /// }
    /// ```
    ///
    /// The starts it skips would re-read what the last call read, so over the
    /// whole loop the calls read each element about once: the call costs its
    /// class once per loop, not per iteration. Returns the cursor and the mark.
    pub(super) fn skip_mark(&self, call: Node) -> Option<(String, String)> {
        if self.loops.is_empty() {
            return None;
        }
        // The `if`s between the call and its loop that hold it in their
        // `then` branch.
        let mut guards = Vec::new();
        let mut child = call;
        let looped = loop {
            let parent = child.parent()?;
            match parent.kind() {
                "while_expression" | "for_expression" => {
                    if parent.child_by_field_name("body") != Some(child) {
                        return None;
                    }
                    break parent;
                }
                "loop_expression" | "closure_expression" | "function_item" => return None,
                "if_expression" if parent.child_by_field_name("consequence") == Some(child) => {
                    guards.push(parent);
                }
                _ => {}
            }
            child = parent;
        };
        let body = Code::of(looped.child_by_field_name("body"), self.src);
        let args = Code::of(call.child_by_field_name("arguments"), self.src).idents();
        let backward = |v: &str| body.decrements(v);
        // The loop's cursor: it only moves forward, and the call starts there.
        let cursors: Vec<&str> = if looped.kind() == "for_expression" {
            let value = looped
                .child_by_field_name("value")
                .map_or("", |v| self.t(v));
            if value.contains("rev()") {
                return None;
            }
            looped
                .child_by_field_name("pattern")
                .map(|p| identifiers(p, self.src))
                .unwrap_or_default()
        } else {
            Code::of(looped.child_by_field_name("condition"), self.src)
                .idents()
                .into_iter()
                .filter(|v| !body.compound(v, "+=").is_empty() || body.assigned(v))
                .collect()
        };
        let callee = call
            .child_by_field_name("function")
            .map_or("", |f| self.t(f));
        for guard in guards {
            let (Some(cond), Some(then)) = (
                guard.child_by_field_name("condition"),
                guard.child_by_field_name("consequence"),
            ) else {
                continue;
            };
            let mut conjuncts = Vec::new();
            self.conjuncts(cond, &mut conjuncts);
            for (cursor, mark) in conjuncts.into_iter().filter_map(|c| self.reached(c)) {
                let outer = self
                    .lookup(mark)
                    .is_some_and(|v| v.depth < self.loops.len());
                if !cursors.contains(&cursor)
                    || !args.contains(&cursor)
                    || backward(cursor)
                    || !outer
                    || backward(mark)
                {
                    continue;
                }
                // Never reset: every assignment in the loop moves it to a
                // computed position, not a constant.
                let resets = body.assignments(mark).iter().any(|rhs| self.small(*rhs));
                // The guarded branch moves it to what the scan found.
                let bound = bound_names(then, self.src);
                let moved = Code::of(Some(then), self.src)
                    .assignments(mark)
                    .into_iter()
                    .any(|rhs| {
                        let rhs = Code::of(Some(rhs), self.src);
                        rhs.calls(callee) || rhs.idents().iter().any(|w| bound.contains(w))
                    });
                // Whatever the scan finds, the next one starts past it: the
                // branch always moves the mark, or the loop can jump its
                // cursor to a computed position (`i = end`).
                let always = then.named_children(&mut then.walk()).any(|stmt| {
                    stmt.named_child(0).is_some_and(|e| {
                        e.kind() == "assignment_expression"
                            && e.child_by_field_name("left")
                                .is_some_and(|l| self.t(l) == mark)
                    })
                });
                let jumps = body.assignments(cursor).iter().any(|rhs| {
                    let steps = rhs.kind() == "binary_expression"
                        && rhs
                            .child_by_field_name("operator")
                            .is_some_and(|o| self.t(o) == "+")
                        && rhs
                            .child_by_field_name("left")
                            .is_some_and(|l| self.t(l) == cursor);
                    !self.small(*rhs) && !steps
                });
                if !resets && moved && (always || jumps) {
                    return Some((cursor.to_string(), mark.to_string()));
                }
            }
        }
        None
    }

    /// A search that starts at its `while`'s cursor and whose result the
    /// cursor then jumps past, so that no round reads again what an
    /// earlier one read:
    ///
    /// ```text
    /// while i < b.len() {
    ///     let end = i + b[i..].iter().position(|c| !cont(c)).unwrap();
    ///     b[i..=end].reverse();
    ///     i = end + 1;
    /// }
    /// ```
    ///
    /// Over the whole loop the searches read each element about once.
    /// Returns the cursor.
    pub(super) fn resumed_search(&self, call: Node, recv: Node) -> Option<&'t str> {
        // The slice the search reads: `b[i..]` under `.iter()` and `&`.
        let mut slice = recv;
        loop {
            match slice.kind() {
                "call_expression" => {
                    slice = slice
                        .child_by_field_name("function")
                        .filter(|f| f.kind() == "field_expression")?
                        .child_by_field_name("value")?
                }
                "reference_expression" | "parenthesized_expression" => {
                    slice = slice.named_child(slice.named_child_count().saturating_sub(1) as u32)?
                }
                _ => break,
            }
        }
        let start = (slice.kind() == "index_expression")
            .then(|| slice.named_child(1))
            .flatten()
            .filter(|r| r.kind() == "range_expression" && !self.t(*r).starts_with(".."))?
            .named_child(0)?;
        if start.kind() != "identifier" {
            return None;
        }
        let cursor = self.t(start);
        // The `while` around it, in whose condition the cursor stands.
        let mut child = call;
        let looped = loop {
            let parent = child.parent()?;
            match parent.kind() {
                "while_expression" => break parent,
                "for_expression" | "loop_expression" | "closure_expression" | "function_item" => {
                    return None
                }
                _ => child = parent,
            }
        };
        let cond = Code::of(looped.child_by_field_name("condition"), self.src);
        if !cond.idents().contains(&cursor) {
            return None;
        }
        let body = Code::of(looped.child_by_field_name("body"), self.src);
        if body.decrements(cursor) {
            return None;
        }
        // The names the search's result is bound to (`let end = i + …`).
        let mut found: Vec<&str> = Vec::new();
        let mut up = call.parent();
        while let Some(n) = up.filter(|n| n.id() != looped.id()) {
            if n.kind() == "let_declaration" {
                if let Some(p) = n.child_by_field_name("pattern") {
                    found.extend(identifiers(p, self.src));
                }
                break;
            }
            up = n.parent();
        }
        let within = |outer: Node, inner: Node| {
            outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
        };
        // Every move of the cursor goes forward: a step (`i += 1`) or a
        // jump past what the search found (`i = end + 1`, `i += len` of
        // the search itself); at least one jump.
        let jumps: Vec<Node> = body.assignments(cursor);
        let steps = body.compound(cursor, "+=");
        let from_search = |rhs: Node| {
            within(rhs, call)
                || Code::of(Some(rhs), self.src)
                    .idents()
                    .iter()
                    .any(|w| found.contains(w))
        };
        let jumps_past = jumps.iter().all(|r| from_search(*r))
            && (jumps.iter().any(|r| from_search(*r)) || steps.iter().any(|r| from_search(*r)));
        jumps_past.then_some(cursor)
    }

    /// The operands of a chain of `&&`.
    pub(super) fn conjuncts<'n>(&self, node: Node<'n>, out: &mut Vec<Node<'n>>) {
        match node.kind() {
            "binary_expression"
                if node
                    .child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == "&&") =>
            {
                for side in ["left", "right"] {
                    if let Some(n) = node.child_by_field_name(side) {
                        self.conjuncts(n, out);
                    }
                }
            }
            "parenthesized_expression" => match node.named_child(0) {
                Some(inner) => self.conjuncts(inner, out),
                None => out.push(node),
            },
            _ => out.push(node),
        }
    }

    /// `i >= mark` (or `mark <= i`, `i > mark`, `mark < i`): the variable
    /// that has reached the other, and the other.
    pub(super) fn reached(&self, node: Node) -> Option<(&'t str, &'t str)> {
        if node.kind() != "binary_expression" {
            return None;
        }
        let op = self.t(node.child_by_field_name("operator")?);
        let left = node.child_by_field_name("left")?;
        let right = node.child_by_field_name("right")?;
        if left.kind() != "identifier" || right.kind() != "identifier" {
            return None;
        }
        let (l, r) = (self.t(left), self.t(right));
        match op {
            ">=" | ">" => Some((l, r)),
            "<=" | "<" => Some((r, l)),
            _ => None,
        }
    }
}
