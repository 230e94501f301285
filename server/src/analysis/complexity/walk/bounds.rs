//! Loop bounds: how many times a `while` or a `loop` runs, from how its
//! body moves the variables of its condition (see `flow`); the bounds read
//! off a range's ends are in `range_bounds`, caps in `header_bounds`.

use super::*;

/// How many times a loop goes round, how sure that is, and why (the text
/// its step shows after the factor).
pub(super) struct Rounds {
    pub factor: Class,
    pub conf: Confidence,
    pub why: String,
}

/// A `while` loop's rounds, and the work list it pops when it is one.
pub(super) struct WhileBound {
    pub rounds: Rounds,
    pub work_list: Option<String>,
}

impl<'a, 't> Walker<'a, 't> {
    /// The variables whose stored link `value` reads: `cur` of `cur.next`
    /// or `spans[cur].parent` (a field read, not a method called).
    fn links_read(&self, value: Node<'t>) -> Vec<&'t str> {
        let mut out = Vec::new();
        let mut stack = vec![value];
        while let Some(n) = stack.pop() {
            let called = n.parent().is_some_and(|p| {
                p.kind() == "call_expression" && p.child_by_field_name("function") == Some(n)
            });
            if n.kind() == "field_expression" && !called {
                if let Some(object) = n.child_by_field_name("value") {
                    match object.kind() {
                        "identifier" => out.push(self.t(object)),
                        "index_expression" => {
                            if let Some(i) =
                                object.named_child(1).filter(|i| i.kind() == "identifier")
                            {
                                out.push(self.t(i));
                            }
                        }
                        _ => {}
                    }
                }
            }
            let mut cursor = n.walk();
            stack.extend(n.named_children(&mut cursor));
        }
        out
    }

    /// The fields the body moves `cursor` to (`left`, `right` of `cur =
    /// if k < n.key { n.left } else { n.right }`), each once.
    fn links_chosen(&self, cursor: &str, body: Option<Node<'t>>) -> Vec<&'t str> {
        let mut fields = Vec::new();
        for rhs in Code::of(body, self.src).assignments(cursor) {
            let mut stack = vec![rhs];
            while let Some(n) = stack.pop() {
                if n.kind() == "field_expression" {
                    if let Some(f) = n.child_by_field_name("field") {
                        if !fields.contains(&self.t(f)) {
                            fields.push(self.t(f));
                        }
                    }
                    continue;
                }
                let mut cursor = n.walk();
                stack.extend(n.named_children(&mut cursor));
            }
        }
        fields
    }

    /// `x.clone()`, `x.cloned()`, `x.copied()`, `x.borrow()`, `x.as_ref()`
    /// (any number of them, no arguments) → `x`.
    fn through_views(&self, mut value: Node<'t>) -> Node<'t> {
        loop {
            let view = (value.kind() == "call_expression")
                .then(|| value.child_by_field_name("function"))
                .flatten()
                .filter(|f| f.kind() == "field_expression")
                .filter(|f| {
                    f.child_by_field_name("field").is_some_and(|m| {
                        matches!(
                            self.t(m),
                            "clone" | "cloned" | "copied" | "borrow" | "as_ref"
                        )
                    })
                })
                .filter(|_| {
                    value
                        .child_by_field_name("arguments")
                        .is_some_and(|a| a.named_child_count() == 0)
                })
                .and_then(|f| f.child_by_field_name("value"));
            match view {
                Some(inner) => value = inner,
                None => return value,
            }
        }
    }

    /// How many times a `while` runs, why we think so, and the work list it
    /// drains (if it is one).
    pub(super) fn while_factor(&self, cond: Node<'t>, body_node: Option<Node<'t>>) -> WhileBound {
        let body = body_node.map_or("", |b| self.t(b));
        const WORK: &str = " work list: every element is pushed and popped once";
        // `while let P = v`, and the same loop written as `loop` whose
        // first statement matches `v` and breaks when it fails (a `match`,
        // a `let … else { break }`): see `desugared_while_let`.
        if matches!(
            cond.kind(),
            "let_condition" | "match_expression" | "let_declaration"
        ) {
            // Through views and copies of the value (`cur.borrow().next
            // .clone()`, `q.front().cloned()`): what they read is what the
            // loop walks.
            let value = cond
                .child_by_field_name("value")
                .map(|v| self.through_views(v));
            let method = value
                .filter(|v| v.kind() == "call_expression")
                .and_then(|v| v.child_by_field_name("function"))
                .filter(|f| f.kind() == "field_expression")
                .and_then(|f| {
                    Some((
                        f.child_by_field_name("value")?,
                        f.child_by_field_name("field")?,
                    ))
                });
            if let Some((recv, m)) = method {
                let m = self.t(m);
                let recv = self.t(recv);
                if matches!(
                    m,
                    "pop"
                        | "pop_front"
                        | "pop_back"
                        | "last"
                        | "last_mut"
                        | "peek"
                        | "pop_first"
                        | "pop_last"
                        | "front"
                        | "back"
                        | "first"
                        | "peek_mut"
                ) {
                    if (recv.starts_with("self.") && self.self_ty.is_some()
                        || self.lent_mut_param(recv)
                        || self.borrowed_from_self(recv))
                        && !body.contains(&format!("{recv}.push"))
                        && !body.contains(&format!("{recv}.insert"))
                    {
                        return WhileBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::Medium, why: " amortised: each element is moved out once, so over many operations this costs O(1) per operation".into() }, work_list: None };
                    }
                    // A local list filled before the loop and not named in
                    // its body (the base-62 digits of a number, pushed by a
                    // dividing loop): as many rounds as it can hold.
                    let filled_before = self.held_below_n(recv).filter(|_| {
                        // The body does not touch the list at all.
                        body_node.is_none_or(|b| !identifiers(b, self.src).contains(&recv))
                    });
                    if let Some(bound) = filled_before {
                        return WhileBound {
                            rounds: Rounds {
                                factor: bound,
                                conf: Confidence::High,
                                why: format!(
                                    " drains a list filled before the loop: at most {} elements",
                                    bound.term()
                                ),
                            },
                            work_list: None,
                        };
                    }
                    return WhileBound {
                        rounds: Rounds {
                            factor: Class::N,
                            conf: Confidence::High,
                            why: WORK.into(),
                        },
                        work_list: Some(recv.to_string()),
                    };
                }
                if m == "next" {
                    // As many rounds as the iterator has items, when its
                    // binding says how many (`let mut w = set.range(..)`:
                    // the keys in range, charged to the output).
                    let len = self.lookup(recv).and_then(|v| v.iter).unwrap_or(Class::N);
                    return WhileBound {
                        rounds: Rounds {
                            factor: len,
                            conf: Confidence::High,
                            why: " (iterator)".into(),
                        },
                        work_list: None,
                    };
                }
            }
            // `while let Some(&p) = parent_of[cur].and_then(..) { …; cur =
            // p }`: a cursor the value reads, moved to what the pattern
            // bound: a walk along links, as `while let Some(n) = cur` is.
            let moves_cursor = value.is_some_and(|v| {
                let pattern = cond.child_by_field_name("pattern");
                let bound: Vec<&str> = pattern.map_or(Vec::new(), |p| identifiers(p, self.src));
                let body_code = Code::of(body_node, self.src);
                // The value follows a link stored at the cursor (`cur.next`,
                // `spans[cur].parent`), not a position computed from it (a
                // heap's `child_of(i)`, a path of log n).
                let links = self.links_read(v);
                identifiers(v, self.src).into_iter().any(|cursor| {
                    links.contains(&cursor)
                        && body_code
                            .assignments(cursor)
                            .iter()
                            .any(|rhs| rhs.kind() == "identifier" && bound.contains(&self.t(*rhs)))
                })
            });
            if moves_cursor
                || value.is_some_and(|v| matches!(v.kind(), "identifier" | "field_expression"))
            {
                // The cursor moves to one of several links (`left` or
                // `right` by a comparison): a path down a tree, as long as
                // the tree is tall: log n when it is balanced, n when not.
                // The code does not say which.
                let branches = value
                    .filter(|v| v.kind() == "identifier")
                    .is_some_and(|v| self.links_chosen(self.t(v), body_node).len() >= 2);
                if branches {
                    return WhileBound {
                        rounds: Rounds {
                            factor: Class::N,
                            conf: Confidence::Medium,
                            why: " (a path down a tree: as long as the tree is tall)".into(),
                        },
                        work_list: None,
                    };
                }
                return WhileBound {
                    rounds: Rounds {
                        factor: Class::N,
                        conf: Confidence::High,
                        why: " (walks a linked structure)".into(),
                    },
                    work_list: None,
                };
            }
            return WhileBound {
                rounds: Rounds {
                    factor: Class::N,
                    conf: Confidence::Medium,
                    why: " (assumed to grow with n)".into(),
                },
                work_list: None,
            };
        }
        if body_node.is_some_and(|b| waits(Some(cond), b, self.src)) {
            return WhileBound {
                rounds: Rounds {
                    factor: Class::ONE,
                    conf: Confidence::Medium,
                    why: WAITS.into(),
                },
                work_list: None,
            };
        }
        // Every round removes an element of the collection the condition
        // tests (expiry from the front, a ring buffer's count): it runs at
        // most as often as elements were added.
        if let Some(list) = body_node.and_then(|b| drained(cond, b, self.src)) {
            if list.starts_with("self.") && self.self_ty.is_some() || self.borrowed_from_self(&list)
            {
                return WhileBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::Medium, why: format!(" amortised: each round removes an element of `{list}`, which was added once, so over many operations this costs O(1) per operation") }, work_list: None };
            }
            return WhileBound {
                rounds: Rounds {
                    factor: Class::N,
                    conf: Confidence::High,
                    why: WORK.into(),
                },
                work_list: Some(list),
            };
        }
        if self.halving_levels(cond, body) {
            return WhileBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::High, why: " (each pass builds a level at most half the size of the last, so all passes add up to about twice the first)".into() }, work_list: None };
        }
        if let Some(cap) = self.capped(cond, body_node) {
            return WhileBound {
                rounds: Rounds {
                    factor: Class::ONE,
                    conf: Confidence::High,
                    why: format!(" (at most {cap} steps from where it started)"),
                },
                work_list: None,
            };
        }
        // `while rest > 0 || digits.is_empty()`: the second test only adds
        // a round while nothing was pushed yet; the first one bounds it.
        if cond.kind() == "binary_expression"
            && cond
                .child_by_field_name("operator")
                .is_some_and(|o| self.t(o) == "||")
        {
            if let (Some(l), Some(r)) = (
                cond.child_by_field_name("left"),
                cond.child_by_field_name("right"),
            ) {
                for (test, other) in [(l, r), (r, l)] {
                    if self
                        .emptiness_test(test)
                        .is_some_and(|(_, negated)| !negated)
                    {
                        return self.while_factor(other, body_node);
                    }
                }
            }
        }
        // `while !q.is_empty()`, `while q.len() > 0`, also as one side of
        // an `&&`: a work list.
        let tested = self.emptiness_test(cond).or_else(|| {
            let and = cond.kind() == "binary_expression"
                && cond
                    .child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == "&&");
            if !and {
                return None;
            }
            ["left", "right"]
                .iter()
                .filter_map(|side| cond.child_by_field_name(side))
                .find_map(|side| self.emptiness_test(side))
        });
        if let Some((recv, _)) = tested {
            return WhileBound {
                rounds: Rounds {
                    factor: Class::N,
                    conf: Confidence::High,
                    why: WORK.into(),
                },
                work_list: Some(recv.to_string()),
            };
        }
        let code = Code::of(body_node, self.src);
        let conds = Code::of(Some(cond), self.src);
        let RangeBound {
            rounds:
                Rounds {
                    factor: f,
                    conf: c,
                    why: mut w,
                },
            mut forward,
        } = self.bound_factor(&conds, &code);
        // Any index advanced in the body (`left += 1` with `s[left]`) bounds
        // the loop when it is never reset.
        for v in code.idents() {
            if !code.compound(v, "+=").is_empty() && code.indexes_with(v) {
                forward.push(v.to_string());
            }
        }
        if w.contains("assumed") && !forward.is_empty() {
            w = String::new();
        }
        // A pointer that only moves backward (`j -= 1`) bounds the loop the
        // same way from the other end.
        for v in conds.idents() {
            let dec = !code.compound(v, "-=").is_empty();
            if dec && code.compound(v, "+=").is_empty() && !code.assigned(v) {
                forward.push(v.to_string());
            }
        }
        // Cursor hand-off: `let mut j = i + 1; while … { j += 1 } i = j;`
        // the inner pointer starts at the enclosing loop's cursor, which
        // then jumps to where it stopped: the inner steps add up to the
        // distance the cursor covers, n over the whole enclosing loop.
        if !f.is_one() {
            if let Some(&(_, _, outer)) = self.loops.last() {
                let outer = Code::of(outer, self.src);
                let depth = self.loops.len();
                for v in &forward {
                    let Some(init) = outer.let_init(v) else {
                        continue;
                    };
                    let init = Code::of(Some(init), self.src);
                    let handed = outer.idents().into_iter().find(|x| {
                        let rhs = outer.assignments(x);
                        *x != v.as_str()
                            && init.idents().contains(x)
                            && self.lookup(x).is_some_and(|o| o.depth < depth)
                            && !rhs.is_empty()
                            && rhs.iter().all(|r| {
                                self.offset_base(*r).kind() == "identifier"
                                    && self.t(self.offset_base(*r)) == v.as_str()
                                    && !(r.kind() == "binary_expression"
                                        && r.child_by_field_name("operator")
                                            .is_some_and(|o| self.t(o) == "-"))
                            })
                    });
                    if let Some(x) = handed {
                        return WhileBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::High, why: format!(" amortised: `{v}` starts at `{x}`, which then jumps to where `{v}` stopped, so these steps add up to n over the whole enclosing loop") }, work_list: None };
                    }
                }
            }
        }
        // A pointer that only moves forward and lives outside the enclosing
        // loop (a sliding window): all its steps add up to n.
        let shared = forward.iter().any(|v| {
            self.lookup(v)
                .is_some_and(|val| val.depth < self.loops.len())
                && self.loops.last().is_some_and(|l| {
                    Code::of(l.2, self.src).assignments(v).iter().all(|rhs| {
                        // `hi = lo`: caught up with another outer pointer.
                        rhs.kind() == "identifier"
                            && self
                                .lookup(self.t(*rhs))
                                .is_some_and(|o| o.depth < self.loops.len())
                    })
                })
        });
        // The same inside a closure called once per element (`scan`'s
        // state `(lo, hi)`, or a `let mut lo` before `map(|x| …)`): the
        // pointer persists from one call to the next and is never reset.
        let shared = shared
            || self.closure_scopes.last().is_some_and(|scope| {
                scope.loops == self.loops.len()
                    && forward.iter().any(|v| {
                        let persists = scope.accumulators.iter().any(|a| a == v)
                            || self.env[..scope.env_mark.min(self.env.len())]
                                .iter()
                                .any(|(n, _)| n == v);
                        persists && Code::of(scope.body, self.src).assignments(v).is_empty()
                    })
            });
        if !f.is_one() && shared {
            return WhileBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::Medium, why: " amortised: the pointer only moves forward, n steps over the whole enclosing loop"
                    .into() }, work_list: None };
        }
        WhileBound {
            rounds: Rounds {
                factor: f,
                conf: c,
                why: w,
            },
            work_list: None,
        }
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
}

pub(super) fn batched() -> Rounds {
    Rounds {
        factor: Class::ONE,
        conf: Confidence::Medium,
        why: " per batch: the batches split the input, so the loop over each batch totals n".into(),
    }
}
