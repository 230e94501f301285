//! What recursion shapes rest on, found in the syntax tree: a memo table
//! (looked up before the self-calls and stored into) and the position a
//! quicksort takes its pivot at.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// Memoisation, from the structure alone: a table (a map, a set, an
    /// array) the function looks up in a condition outside any loop, before
    /// its first self-call, and also stores into (`insert`, `entry`,
    /// `t[i] = …`). The table, as written.
    pub(super) fn memo_table(&self) -> Option<String> {
        let first_call = self.rec.iter().map(|r| r.range.start).min()?;
        let mut guards = Vec::new();
        let mut stores = Vec::new();
        let mut stack = vec![(self.fn_node, false)];
        while let Some((n, looped)) = stack.pop() {
            let looped = looped
                || matches!(
                    n.kind(),
                    "for_expression"
                        | "while_expression"
                        | "loop_expression"
                        | "closure_expression"
                );
            let tested = match n.kind() {
                "if_expression" => n.child_by_field_name("condition"),
                "match_expression" => n.child_by_field_name("value"),
                _ => None,
            };
            if let Some(cond) = tested.filter(|c| !looped && c.start_byte() < first_call) {
                guards.extend(self.lookups(cond));
            }
            match n.kind() {
                "call_expression" => {
                    if let Some((recv, m)) = self.method_of(n) {
                        if matches!(m, "insert" | "entry" | "push" | "set") {
                            stores.push(recv);
                        }
                    }
                }
                "assignment_expression" => {
                    if let Some(l) = n
                        .child_by_field_name("left")
                        .filter(|l| l.kind() == "index_expression")
                    {
                        stores.push(self.table_base(l));
                    }
                }
                _ => {}
            }
            stack.extend(n.named_children(&mut n.walk()).map(|c| (c, looped)));
        }
        guards
            .into_iter()
            .find(|g| stores.contains(g))
            .map(str::to_string)
    }

    /// `recv.method(…)`: the receiver (through `&`, `*`) and the method.
    pub(super) fn method_of(&self, call: Node) -> Option<(&'t str, &'t str)> {
        let f = call
            .child_by_field_name("function")
            .filter(|f| f.kind() == "field_expression")?;
        let recv = peel(f.child_by_field_name("value")?, self.src);
        Some((self.t(recv), self.t(f.child_by_field_name("field")?)))
    }

    /// `t[i][j]` → `t`.
    pub(super) fn table_base(&self, mut node: Node) -> &'t str {
        while node.kind() == "index_expression" {
            match node.named_child(0) {
                Some(b) => node = peel(b, self.src),
                None => break,
            }
        }
        self.t(node)
    }

    /// The tables a condition looks up: `t.get(k)`, `t.contains_key(k)`,
    /// `t[i]`, `t.insert(k)` (a set that answers whether it was new).
    pub(super) fn lookups(&self, cond: Node) -> Vec<&'t str> {
        let mut out = Vec::new();
        let mut stack = vec![cond];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "call_expression" => {
                    if let Some((recv, m)) = self.method_of(n) {
                        if matches!(
                            m,
                            "get" | "contains_key" | "contains" | "get_mut" | "insert"
                        ) {
                            out.push(recv);
                        }
                    }
                }
                "index_expression" => out.push(self.table_base(n)),
                _ => {}
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        out
    }

    /// Where the partition of a quicksort takes its pivot: in this function
    /// and the functions of the file it calls, the element read (`let p =
    /// v[i]`) or swapped into place (`v.swap(i, last)`) before the first
    /// loop. Built from the bounds alone (literals, lengths, parameters,
    /// arithmetic): fixed; from a call, a remainder or a comparison of
    /// elements (a swap under an `if`): computed.
    pub(super) fn pivot_choice(&self) -> Pivot {
        let mut fns = vec![self.fn_node];
        let mut stack = vec![self.fn_node];
        while let Some(n) = stack.pop() {
            if n.kind() == "call_expression" {
                if let Some(f) = n.child_by_field_name("function") {
                    let name = types::last_segment(self.t(f).rsplit('.').next().unwrap_or(""));
                    for (item, def) in &self.file.fns {
                        if item.rsplit("::").next() == Some(name) && def.node != self.fn_node {
                            fns.push(def.node);
                        }
                    }
                }
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        let mut fixed = None;
        for f in fns {
            let Some(body) = f.child_by_field_name("body") else {
                continue;
            };
            for stmt in body.named_children(&mut body.walk()) {
                let e = match stmt.kind() {
                    "expression_statement" => stmt.named_child(0),
                    _ => Some(stmt),
                };
                let Some(e) = e else { continue };
                if matches!(
                    e.kind(),
                    "for_expression" | "while_expression" | "loop_expression"
                ) {
                    break;
                }
                let mut candidates = Vec::new();
                match e.kind() {
                    "let_declaration" => {
                        if let Some(v) = e
                            .child_by_field_name("value")
                            .map(|v| peel(v, self.src))
                            .filter(|v| v.kind() == "index_expression")
                        {
                            candidates.extend(v.named_child(1));
                        }
                    }
                    "call_expression" if self.method_of(e).is_some_and(|(_, m)| m == "swap") => {
                        if let Some(a) = e.child_by_field_name("arguments") {
                            candidates.extend(a.named_children(&mut a.walk()));
                        }
                    }
                    // `if a[m] < a[0] { a.swap(m, 0) }`: an element chosen by
                    // comparing elements (not a base case that returns).
                    "if_expression" => {
                        let branch = Code::of(Some(e), self.src);
                        let compares = e.child_by_field_name("condition").is_some_and(|c| {
                            Code::of(Some(c), self.src).has_kind("index_expression")
                        });
                        if compares
                            && branch.calls_method("swap")
                            && !branch.has_kind("return_expression")
                        {
                            let cond = e.child_by_field_name("condition").unwrap_or(e);
                            return Pivot::Computed(format!("if {}", snippet(self.t(cond))));
                        }
                    }
                    _ => {}
                }
                for c in candidates {
                    if c.kind() == "range_expression" {
                        continue;
                    }
                    if self.position_fixed(f, c, 0) {
                        fixed.get_or_insert_with(|| snippet(self.t(c)));
                    } else {
                        return Pivot::Computed(snippet(self.t(c)));
                    }
                }
            }
        }
        fixed.map_or(Pivot::Unknown, Pivot::Fixed)
    }

    /// A position built from literals, lengths, parameters and arithmetic
    /// other than a remainder (through the `let`s of `f`).
    pub(super) fn position_fixed(&self, f: Node, node: Node, depth: usize) -> bool {
        match node.kind() {
            "integer_literal" | "field_expression" => true,
            "identifier" => {
                let name = self.t(node);
                match Code::of(Some(f), self.src).let_init(name) {
                    Some(init) if depth < 4 => self.position_fixed(f, init, depth + 1),
                    Some(_) => false,
                    // A parameter, or a pattern binding: the bounds.
                    None => true,
                }
            }
            "call_expression" => self
                .method_of(node)
                .is_some_and(|(_, m)| matches!(m, "len" | "saturating_sub" | "min" | "max")),
            "binary_expression" => {
                node.child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) != "%")
                    && node
                        .named_children(&mut node.walk())
                        .all(|c| self.position_fixed(f, c, depth))
            }
            "parenthesized_expression" | "type_cast_expression" | "unary_expression" => node
                .named_child(0)
                .is_some_and(|c| self.position_fixed(f, c, depth)),
            _ => false,
        }
    }
}
