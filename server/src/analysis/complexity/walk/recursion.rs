//! Recursion: each self-call recorded with its shape, and the class of
//! the whole recursion (its levels, its calls per level, its depth).

use super::*;

/// What a recursion costs: its class, how sure that is, why (the step's
/// text), the finding's code, and how deep the calls go (its space).
struct Levels {
    class: Class,
    conf: Confidence,
    what: String,
    code: &'static str,
    depth: Class,
}

impl<'a, 't> Walker<'a, 't> {
    pub(super) fn record_rec(&mut self, node: Node, args: Option<Node>) {
        let mut path = Vec::new();
        let mut child = node;
        while let Some(parent) = child.parent() {
            if parent.id() == self.fn_node.id() {
                break;
            }
            let branch = match parent.kind() {
                "if_expression" => {
                    parent.child_by_field_name("consequence") == Some(child)
                        || parent.child_by_field_name("alternative") == Some(child)
                }
                "match_block" => true,
                _ => false,
            };
            if branch {
                path.push((parent.id(), child.id()));
            }
            child = parent;
        }
        let mut shape = self.call_shape(args);
        // `(2 * i..2 * i + 2).fold(acc, |acc, c| descend(level - 1, c, acc))`:
        // one level down per item of a loop, a descent into children, not
        // a chain of n − 1 (the loop's own length decides `in_loop`).
        let iterates = std::iter::successors(node.parent(), |n| n.parent())
            .take_while(|n| n.id() != self.fn_node.id())
            .any(|n| {
                matches!(
                    n.kind(),
                    "closure_expression"
                        | "for_expression"
                        | "while_expression"
                        | "loop_expression"
                )
            });
        if shape == Shape::Decrement && iterates {
            shape = Shape::Child;
        }
        self.rec.push(RecCall {
            range: node.start_byte()..node.end_byte(),
            decrement: args.map_or(0, |a| self.decrement(a)),
            shape,
            in_loop: !self.loop_ctx.is_one(),
            path,
        });
    }

    /// Calls this method on another value (`child.visit(..)`).
    pub(super) fn calls_other_self(&self, node: Node) -> bool {
        let code = self.t(node);
        let pat = format!(".{}(", self.name);
        self.self_ty.is_some()
            && code.match_indices(&pat).any(|(at, _)| {
                let start = code[..at]
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                    .map_or(0, |i| i + 1);
                let recv = &code[start..at];
                !recv.is_empty() && recv != "self" && !recv.starts_with("self.")
            })
    }

    pub(super) fn calls_self(&self, node: Node) -> bool {
        if self.calls_other_self(node) {
            return true;
        }
        let mut stack = vec![node];
        while let Some(n) = stack.pop() {
            if n.kind() == "call_expression" {
                if let Some(f) = n.child_by_field_name("function") {
                    let t = self.t(f);
                    let hit = match &self.self_ty {
                        None => t == self.name,
                        Some(_) => {
                            t == format!("self.{}", self.name)
                                || t == format!("Self::{}", self.name)
                        }
                    };
                    if hit {
                        return true;
                    }
                }
            }
            let mut cursor = n.walk();
            stack.extend(n.named_children(&mut cursor));
        }
        false
    }

    pub(super) fn recursion(&mut self, work: Part) -> Part {
        let first = &self.rec[0];
        let range = first.range.clone();
        // Calls on one execution path (not in exclusive branches).
        let calls = self
            .rec
            .iter()
            .map(|a| self.rec.iter().filter(|b| !a.exclusive(b)).count())
            .max()
            .unwrap_or(1)
            + usize::from(self.rec_loop);
        let in_loop = self.rec.iter().any(|r| r.in_loop);
        let mut shapes: Vec<Shape> = self.rec.iter().map(|r| r.shape).collect();
        let partition = calls >= 2 && shapes.contains(&Shape::Split);
        if partition {
            shapes = vec![Shape::Partition; calls];
        }
        let dominant = shapes
            .iter()
            .copied()
            .find(|s| *s != Shape::Unknown)
            .unwrap_or(Shape::Unknown);
        let memo = self.memo_table();
        let two_decrements = self.rec.iter().any(|r| r.decrement > 1);
        let snippet_calls = self
            .rec
            .iter()
            .take(2)
            .map(|r| format!("`{}`", snippet(&self.src[r.range.clone()])))
            .collect::<Vec<_>>()
            .join(" and ");
        let w = work.class;
        let Levels {
            class,
            conf,
            what,
            code,
            depth,
        } = if in_loop
            && matches!(dominant, Shape::Decrement | Shape::Count | Shape::Unknown)
            && memo.is_none()
        {
            Levels {
                class: Class::EXP,
                conf: Confidence::Medium,
                what: "calls itself inside a loop (backtracking): exponential".to_string(),
                code: "exponential-recursion",
                depth: Class::N,
            }
        } else {
            match (dominant, calls) {
                (Shape::Partition, _) => match self.pivot_choice() {
                    // The pivot is read at a position built from the
                    // bounds alone: an adversary (or sorted input, for an
                    // end element) makes every split one-sided.
                    Pivot::Fixed(at) => Levels {
                        class: w.times(Class::N).max(Class::N2),
                        conf: Confidence::Medium,
                        what: format!("partition + two calls, the pivot at a fixed position (`{at}`): O(n log n) on average, O(n^2) in the worst case (sorted input for an end element)"),
                        code: "quadratic-pivot",
                        depth: Class::N,
                    },
                    Pivot::Computed(at) => Levels {
                        class: w.times(Class::LOG).max(Class::N_LOG),
                        conf: Confidence::Medium,
                        what: format!("partition + two calls, the pivot position computed by `{at}` (assumed random or a median): O(n log n) expected"),
                        code: "recursion",
                        depth: Class::LOG,
                    },
                    Pivot::Unknown => Levels {
                        class: w.times(Class::LOG).max(Class::N_LOG),
                        conf: Confidence::Low,
                        what: "partition + two calls, the pivot choice not found (assumed to split evenly on average): O(n log n)".into(),
                        code: "recursion",
                        depth: Class::LOG,
                    },
                },
                (Shape::Split, _) => {
                    let class = if w.poly == 0 && !w.exp {
                        w.times(Class::LOG)
                    } else {
                        w
                    };
                    Levels {
                        class,
                        conf: Confidence::Medium,
                        what: "one call into one side of a split: the parts shrink by a constant fraction on average, so the calls add up to about twice the first".into(),
                        code: "recursion",
                        depth: Class::N,
                    }
                }
                (Shape::Half, 1) => {
                    let class = if w.poly == 0 && !w.exp {
                        w.times(Class::LOG)
                    } else {
                        w
                    };
                    Levels {
                        class,
                        conf: Confidence::High,
                        what: "one call on a half".into(),
                        code: "recursion",
                        depth: Class::LOG,
                    }
                }
                (Shape::Half, _) => {
                    let class = match w.poly {
                        0 => Class::N,
                        1 => w.times(Class::LOG),
                        _ => w,
                    };
                    Levels {
                        class,
                        conf: Confidence::High,
                        what: format!("{calls} calls on halves (divide and conquer)"),
                        code: "recursion",
                        depth: Class::LOG,
                    }
                }
                (Shape::Decrement, 1) => Levels {
                    class: w.times(Class::N),
                    conf: Confidence::High,
                    what: "one call on n − 1: n levels".into(),
                    code: "recursion",
                    depth: Class::N,
                },
                (Shape::Count, 1) => Levels {
                    class: w.times(Class::N),
                    conf: Confidence::High,
                    what: "one call with a counter one step nearer its limit: a level per step".into(),
                    code: "recursion",
                    depth: Class::N,
                },
                (Shape::Capped, _) => Levels {
                    class: w,
                    conf: Confidence::High,
                    what: "calls with a counter one step nearer a constant limit: a constant number of levels".into(),
                    code: "recursion",
                    depth: Class::ONE,
                },
                (Shape::Decrement | Shape::Count, _) if memo.is_some() => Levels {
                    class: w.times(Class::N),
                    conf: Confidence::Medium,
                    what: format!(
                        "calls on n − 1 and n − 2, memoised in `{}` (looked up before the calls and stored into): each value once",
                        memo.as_deref().unwrap_or_default()
                    ),
                    code: "recursion",
                    depth: Class::N,
                },
                (Shape::Decrement | Shape::Count, _) => Levels {
                    class: Class::EXP,
                    conf: Confidence::High,
                    what: if two_decrements {
                        "two calls on n − 1 and n − 2 without memo: exponential".into()
                    } else {
                        format!("{calls} calls on n − 1 without memo: exponential")
                    },
                    code: "exponential-recursion",
                    depth: Class::N,
                },
                (Shape::Child, _) => Levels {
                    class: w.times(Class::N),
                    conf: Confidence::Medium,
                    what: "recurses into the children: each node once".into(),
                    code: "recursion",
                    depth: Class::N,
                },
                (_, _) => Levels {
                    class: w.times(Class::N),
                    conf: Confidence::Low,
                    what: "recursion of an unrecognised shape, assumed n levels".into(),
                    code: "recursion",
                    depth: Class::N,
                },
            }
        };
        let rec_step = Step {
            range: range.clone(),
            text: format!("{snippet_calls}: {what}: {class}"),
            kind: StepKind::Recursion { class, code },
        };
        // Space: the depth of the recursion.
        let depth_step = Step {
            range,
            text: format!("recursion depth: {depth}"),
            kind: StepKind::Space { class: depth },
        };
        self.space = std::mem::replace(&mut self.space, Part::one())
            .seq(Part::with_step(depth, depth_step, conf));
        let mut steps = vec![rec_step];
        if class == w.times(Class::N) || class == w.times(Class::LOG) || class == w {
            steps.extend(work.steps);
        }
        Part::new(class.max(work.class), steps, conf.min(work.conf))
    }

    /// The largest constant subtracted from an argument: `f(n - 2)` → 2.
    pub(super) fn decrement(&self, args: Node) -> u64 {
        let mut best = 0;
        let mut stack = vec![args];
        while let Some(n) = stack.pop() {
            if n.kind() == "binary_expression"
                && n.child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == "-")
            {
                if let Some(k) = n
                    .child_by_field_name("right")
                    .filter(|r| r.kind() == "integer_literal")
                    .and_then(|r| {
                        self.t(r)
                            .trim_end_matches(char::is_alphabetic)
                            .parse::<u64>()
                            .ok()
                    })
                {
                    best = best.max(k);
                }
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        best
    }
}
