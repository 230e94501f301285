//! Loop bounds from a condition's variables: how the body moves the ends
//! of a range (halving, dividing, doubling an index, two pointers,
//! chunks), for `while` loops `bounds` does not recognise otherwise.

use super::*;

/// A loop's rounds judged from its condition's variables, and the
/// variables that only move forward (they bound the loop too).
pub(super) struct RangeBound {
    pub rounds: Rounds,
    pub forward: Vec<String>,
}

impl<'a, 't> Walker<'a, 't> {
    /// `v` is bound by `let mut v = start;` in the enclosing loop's body,
    /// `start` that loop's counter: the path down the tree begins at each
    /// position in turn (building a heap bottom-up), not always at the root.
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

    /// The factor of a loop bounded by `cond`, from how `body` moves the
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
