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
        // `i = parent(i)`, or `let p = parent(i); … i = p;`: each step goes
        // through a one-expression helper of the file that halves or
        // doubles its argument (a heap's `parent`, `left`).
        for w in cond.idents() {
            if let Some(helper) = self.scaled_by_helper(body, w) {
                return RangeBound {
                    rounds: Rounds {
                        factor: Class::LOG,
                        conf: Confidence::High,
                        why: format!(" (each step goes through `{helper}`, which halves or doubles the index: one path in a tree)"),
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
            if steps_by_var && body.slices_from(v) && !body.walks_rest_from(v) {
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
        let mut stepped = false;
        for v in &vars {
            let inc = body.increments(v);
            let dec = body.decrements(v);
            if inc && !dec {
                forward.push(v.to_string());
            }
            backward |= dec;
            stepped |= inc || dec;
            assigned |= inc || dec || body.assigned(v);
        }
        if cond.has_binary(&["<", "<=", ">", ">="]) && !forward.is_empty() && backward {
            let (factor, why) = match self.pointers_span(&vars) {
                Some((span, list)) => (
                    span,
                    format!(" (two pointers converge over `{list}`, which holds {span})"),
                ),
                None => (Class::N, " (two pointers converge)".to_string()),
            };
            return RangeBound {
                rounds: Rounds {
                    factor,
                    conf: Confidence::High,
                    why,
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
        // `while width > 1 { i = 0; while i < width { …; i += 2 } width =
        // next_len; }`: each pass pairs up a level and the next level's
        // width is set anew from what the pass built, so the levels halve
        // (a tree built bottom-up in one flat array).
        if let [v] = vars.as_slice() {
            if !stepped
                && body.assigned(v)
                && cond.has_binary(&[">", ">=", "!="])
                && body.strides_over(v)
            {
                return RangeBound {
                    rounds: Rounds {
                        factor: Class::ONE,
                        conf: Confidence::Medium,
                        why: " (each pass pairs up a level and sets the next level's width anew: the levels halve, so all passes add up to about twice the first)".into(),
                    },
                    forward: Vec::new(),
                };
            }
        }
        if assigned {
            // Stepped by one, the count is the distance; set to something
            // the walk does not follow (`i = next_slot(i)`), the step could
            // be a jump: an assumption, not a derivation.
            return RangeBound {
                rounds: Rounds {
                    factor: Class::N,
                    conf: if stepped {
                        Confidence::High
                    } else {
                        Confidence::Medium
                    },
                    why: if stepped {
                        String::new()
                    } else {
                        " (assumed: each step sets it anew)".into()
                    },
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

    /// The helper every assignment of `w` goes through, when it is a
    /// function of this file whose body is one expression that scales its
    /// argument by a constant factor (`(i - 1) / 2`, `i >> 2`, `2 * i + 1`),
    /// called on `w` itself (directly or through an immutable `let`).
    fn scaled_by_helper(&self, body: &Code<'t>, w: &str) -> Option<String> {
        let rhs = body.assignments(w);
        if rhs.is_empty() || body.let_init(w).is_some() {
            return None;
        }
        let mut helper = None;
        for r in rhs {
            let r = match r.kind() {
                "identifier" => body.let_init(self.t(r))?,
                _ => r,
            };
            if r.kind() != "call_expression"
                || !r
                    .child_by_field_name("arguments")
                    .is_some_and(|a| identifiers(a, self.src).contains(&w))
            {
                return None;
            }
            let callee = r.child_by_field_name("function")?;
            let (name, item) = match callee.kind() {
                "identifier" => (self.t(callee), self.t(callee).to_string()),
                "scoped_identifier" | "field_expression" => {
                    let name = callee
                        .child_by_field_name("name")
                        .or_else(|| callee.child_by_field_name("field"))
                        .map(|n| self.t(n))?;
                    (name, format!("{}::{name}", self.self_ty.as_deref()?))
                }
                _ => return None,
            };
            let def = self
                .file
                .fns
                .iter()
                .find(|(n, _)| *n == item)
                .map(|(_, d)| d)?;
            let block = def.node.child_by_field_name("body")?;
            let mut cursor = block.walk();
            let parts: Vec<Node> = block
                .named_children(&mut cursor)
                .filter(|c| !c.kind().ends_with("comment"))
                .collect();
            match parts.as_slice() {
                [expr] if scales(*expr, self.src) => helper = Some(name.to_string()),
                _ => return None,
            }
        }
        helper
    }

    /// Two pointers of which one starts at the end of a local collection
    /// whose length the walk knows from its pushes (`let mut right =
    /// digits.len() - 1` over the digits of a number): they meet within
    /// that many rounds. `None` when no pointer starts so, or the
    /// collection may hold n elements.
    fn pointers_span(&self, vars: &[&str]) -> Option<(Class, &'t str)> {
        let fn_code = Code::of(Some(self.fn_node), self.src);
        let mut span: Option<(Class, &'t str)> = None;
        for v in vars {
            let Some(mut init) = fn_code.let_init(v) else {
                continue;
            };
            // `len() - 1`, `len().saturating_sub(1)`: the last index.
            if init.kind() == "binary_expression"
                && init
                    .child_by_field_name("right")
                    .is_some_and(|r| r.kind() == "integer_literal")
            {
                init = init.child_by_field_name("left")?;
            }
            let Some((recv, method)) = self.method_of(init) else {
                continue;
            };
            let name = match method {
                "len" => recv,
                "saturating_sub" => match recv.strip_suffix(".len()") {
                    Some(list) => list,
                    None => continue,
                },
                _ => continue,
            };
            if !is_ident(name) {
                continue;
            }
            let size = self
                .lookup(name)
                .filter(|val| val.ty.is_sized() && val.bound.is_some())?
                .size();
            if size >= Class::N {
                return None;
            }
            if span.is_none_or(|(s, _)| size >= s) {
                span = Some((size, name));
            }
        }
        span
    }
}

/// `(x - 1) / 2`, `x >> 1`, `2 * x + 1`, `x * 4 + 2`: an expression that
/// divides or multiplies by a constant of at least 2, give or take a
/// constant.
fn scales(node: Node, src: &str) -> bool {
    let node = if node.kind() == "parenthesized_expression" {
        match node.named_child(0) {
            Some(inner) => inner,
            None => return false,
        }
    } else {
        node
    };
    if node.kind() != "binary_expression" {
        return false;
    }
    let op = node
        .child_by_field_name("operator")
        .map_or("", |o| text(o, src));
    let (Some(l), Some(r)) = (
        node.child_by_field_name("left"),
        node.child_by_field_name("right"),
    ) else {
        return false;
    };
    let literal = |n: Node| {
        (n.kind() == "integer_literal")
            .then(|| {
                text(n, src)
                    .trim_end_matches(char::is_alphabetic)
                    .parse::<u64>()
                    .ok()
            })
            .flatten()
    };
    match op {
        "+" | "-" if literal(r).is_some() => scales(l, src),
        "+" if literal(l).is_some() => scales(r, src),
        // A named constant (`/ ARITY`) is taken for a factor: a divisor of
        // 1 would never end the loop it steps.
        "/" | "*" => {
            let factor =
                |n: Node| literal(n).is_some_and(|d| d >= 2) || is_const_name(text(n, src));
            factor(r) || op == "*" && factor(l)
        }
        ">>" | "<<" => literal(r).is_some_and(|d| d >= 1),
        _ => false,
    }
}
