//! `loop { … }`: a loop without a header runs until one of its exits, so
//! how often it runs is read from the exits' conditions. A loop that fetches
//! a batch and walks it (shared with `while`) counts the walk, not the
//! fetches.

use super::*;

impl<'a, 't> Walker<'a, 't> {
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
