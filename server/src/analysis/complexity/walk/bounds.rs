//! Loop bounds: how many times a `while` or a `loop` runs, from how its
//! body moves the variables of its condition (see `flow`).

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

/// A loop's rounds judged from its condition's variables, and the
/// variables that only move forward (they bound the loop too).
pub(super) struct RangeBound {
    pub rounds: Rounds,
    pub forward: Vec<String>,
}

impl<'a, 't> Walker<'a, 't> {
    /// How many times a `while` runs, why we think so, and the work list it
    /// drains (if it is one).
    pub(super) fn while_factor(&self, cond: Node<'t>, body_node: Option<Node<'t>>) -> WhileBound {
        let body = body_node.map_or("", |b| self.t(b));
        const WORK: &str = " work list: every element is pushed and popped once";
        if cond.kind() == "let_condition" {
            let value = cond.child_by_field_name("value");
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
                        || self.lent_mut_param(recv))
                        && !body.contains(&format!("{recv}.push"))
                        && !body.contains(&format!("{recv}.insert"))
                    {
                        return WhileBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::Medium, why: " amortised: each element is moved out once, so over many operations this costs O(1) per operation".into() }, work_list: None };
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
                    let len = self
                        .env
                        .iter()
                        .rev()
                        .find(|(n, _)| n == recv)
                        .and_then(|(_, v)| v.iter)
                        .unwrap_or(Class::N);
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
            if value.is_some_and(|v| matches!(v.kind(), "identifier" | "field_expression")) {
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
            if list.starts_with("self.") && self.self_ty.is_some() {
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

    /// The factor of a loop bounded by `cond`, from how `body` moves the
    /// `let mut i = start;` in the enclosing loop's body, `start` that
    /// loop's counter: the path down the tree begins at each position in
    /// turn (building a heap bottom-up), not always at the root.
    fn sifts_from_each_position(&self, v: &str) -> bool {
        let Some(&(_, _, Some(outer))) = self.loops.last() else {
            return false;
        };
        let outer_code = Code::of(Some(outer), self.src);
        let Some(init) = outer_code.let_init(v) else {
            return false;
        };
        if init.kind() != "identifier" {
            return false;
        }
        let start = self.t(init);
        let counter = outer.parent().is_some_and(|l| {
            l.kind() == "for_expression"
                && l.child_by_field_name("pattern")
                    .is_some_and(|p| identifiers(p, self.src).contains(&start))
        });
        counter || outer_code.increments(start) || outer_code.decrements(start)
    }

    /// condition's variables; also the variables that only move forward.
    pub(super) fn bound_factor(&self, cond: &Code<'t>, body: &Code<'t>) -> RangeBound {
        // The two ends of the range are both reassigned: the condition's
        // variables, or two variables the body reassigns (not its own
        // locals) and uses as the ends of a range (`a..b`, `b - a`).
        let ends: Vec<&str> = cond
            .idents()
            .into_iter()
            .filter(|w| body.assigned(w))
            .collect();
        let moved: Vec<&str> = body
            .idents()
            .into_iter()
            .filter(|w| body.assigned(w) && body.let_init(w).is_none())
            .collect();
        let delimit = moved
            .iter()
            .any(|a| moved.iter().any(|b| a != b && body.delimits(a, b)));
        let narrowing = ends.len() >= 2 || delimit;
        let inner_loop = body.has_loop();
        if narrowing && inner_loop {
            return RangeBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::Medium, why: " (the range shrinks by a constant fraction on average: the passes sum to about two of the first)".into() }, forward: Vec::new() };
        }
        if body.halves() {
            return RangeBound {
                rounds: Rounds {
                    factor: Class::LOG,
                    conf: Confidence::High,
                    why: " (halves the range each time)".into(),
                },
                forward: Vec::new(),
            };
        }
        if body.has_compound("/=") || body.divides_in_place() {
            return RangeBound {
                rounds: Rounds {
                    factor: Class::LOG,
                    conf: Confidence::High,
                    why: " (divides each time: one step per digit)".into(),
                },
                forward: Vec::new(),
            };
        }
        // `let left = 2 * i + 1; … i = child;`: a path down an implicit tree.
        for w in body.idents() {
            if body.doubles(w) && body.assigned(w) && body.let_init(w).is_none() {
                if self.sifts_from_each_position(w) {
                    return RangeBound { rounds: Rounds { factor: Class::ONE, conf: Confidence::Medium, why: " amortised: a path down the tree from each position the enclosing loop visits; the paths are as long as the heights of their starts, which add up to n (bottom-up heapify)".into() }, forward: Vec::new() };
                }
                return RangeBound {
                    rounds: Rounds {
                        factor: Class::LOG,
                        conf: Confidence::High,
                        why: " (the index doubles: one path down a tree)".into(),
                    },
                    forward: Vec::new(),
                };
            }
        }
        // Quickselect or a binary search: an end of the range jumps to a
        // point computed from both ends (`lo = mid + 1` with `mid` from
        // `lo` and `hi`). Two cursors that only follow links (`slow =
        // next[slow]`, Floyd's tortoise and hare) narrow nothing.
        let candidates: Vec<&str> = if ends.len() >= 2 {
            ends.clone()
        } else {
            moved.clone()
        };
        let from_both = |rhs: Node<'t>, a: &str, b: &str| {
            let names = identifiers(rhs, self.src);
            (names.contains(&a) && names.contains(&b))
                || names.iter().any(|v| {
                    body.let_init(v).is_some_and(|init| {
                        let inner = identifiers(init, self.src);
                        inner.contains(&a) && inner.contains(&b)
                    })
                })
        };
        let jumps_between = candidates.iter().any(|a| {
            candidates.iter().any(|b| {
                a != b
                    && body
                        .assignments(a)
                        .into_iter()
                        .any(|rhs| from_both(rhs, a, b))
            })
        });
        if narrowing && jumps_between {
            return RangeBound {
                rounds: Rounds {
                    factor: Class::LOG,
                    conf: Confidence::Medium,
                    why: " (the range shrinks each time)".into(),
                },
                forward: Vec::new(),
            };
        }
        let vars = cond.idents();
        // `while start < n { …[start..end]…; start = end; }`: chunks that
        // add up to the whole.
        for v in &vars {
            let steps_by_var = body
                .assignments(v)
                .iter()
                .any(|rhs| rhs.kind() == "identifier")
                || body
                    .compound(v, "+=")
                    .iter()
                    .any(|rhs| rhs.kind() != "integer_literal");
            if steps_by_var && body.slices_from(v) {
                return RangeBound {
                    rounds: Rounds {
                        factor: Class::ONE,
                        conf: Confidence::Medium,
                        why: " per chunk: the chunks it steps through add up to the whole input"
                            .into(),
                    },
                    forward: Vec::new(),
                };
            }
        }
        let mut forward = Vec::new();
        let mut backward = false;
        let mut assigned = false;
        for v in &vars {
            let inc = body.increments(v);
            let dec = body.decrements(v);
            if inc && !dec {
                forward.push(v.to_string());
            }
            backward |= dec;
            assigned |= inc || dec || body.assigned(v);
        }
        if cond.has_binary(&["<", "<=", ">", ">="]) && !forward.is_empty() && backward {
            return RangeBound {
                rounds: Rounds {
                    factor: Class::N,
                    conf: Confidence::High,
                    why: " (two pointers converge)".into(),
                },
                forward: Vec::new(),
            };
        }
        if cond.has_binary(&["*"]) {
            // `while i * i <= n`: √n, counted as n (rounded up).
            return RangeBound {
                rounds: Rounds {
                    factor: Class::N,
                    conf: Confidence::Low,
                    why: " (√n, rounded up to n)".into(),
                },
                forward,
            };
        }
        if assigned {
            return RangeBound {
                rounds: Rounds {
                    factor: Class::N,
                    conf: Confidence::High,
                    why: String::new(),
                },
                forward,
            };
        }
        RangeBound {
            rounds: Rounds {
                factor: Class::N,
                conf: Confidence::Medium,
                why: " (assumed to grow with n)".into(),
            },
            forward: Vec::new(),
        }
    }
}

pub(super) fn batched() -> Rounds {
    Rounds {
        factor: Class::ONE,
        conf: Confidence::Medium,
        why: " per batch: the batches split the input, so the loop over each batch totals n".into(),
    }
}
