//! Recursion: the shape of each self-call (a half, one side of a split, a
//! child, n − 1) and the class of the whole recursion.

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

    /// What a self-call passes down, from the structure of its arguments:
    /// a half, one side of a computed split, a child, or n − 1.
    pub(super) fn call_shape(&self, args: Option<Node>) -> Shape {
        let Some(args) = args else {
            return Shape::Unknown;
        };
        let shapes: Vec<Shape> = args
            .named_children(&mut args.walk())
            .map(|a| self.arg_shape(a))
            .collect();
        for s in [
            Shape::Split,
            Shape::Half,
            Shape::Child,
            Shape::Decrement,
            Shape::Count,
            Shape::Capped,
        ] {
            if shapes.contains(&s) {
                return s;
            }
        }
        Shape::Unknown
    }

    pub(super) fn arg_shape(&self, arg: Node) -> Shape {
        let node = peel(arg, self.src);
        match node.kind() {
            "index_expression" => {
                let Some(range) = node
                    .named_child(1)
                    .filter(|r| r.kind() == "range_expression")
                else {
                    return Shape::Unknown;
                };
                let bounds: Vec<Node> = range.named_children(&mut range.walk()).collect();
                if bounds.iter().any(|b| self.halving(self.offset_base(*b))) {
                    Shape::Half
                } else if bounds.iter().all(|b| self.small(*b)) {
                    Shape::Decrement
                } else {
                    Shape::Split
                }
            }
            "field_expression" => {
                let base = node.child_by_field_name("value").map_or("", |v| self.t(v));
                if base == "self" {
                    Shape::Unknown
                } else {
                    Shape::Child
                }
            }
            _ => {
                let base = self.offset_base(node);
                if let Some(split) = (node.kind() == "identifier")
                    .then(|| self.split_shape(self.t(node)))
                    .flatten()
                {
                    return split;
                }
                if self.halving(base) || self.doubled(base, 0) {
                    Shape::Half
                } else if base.id() != node.id()
                    && self.t(node).contains('-')
                    && self.split_point(base)
                {
                    // `m - 1` of a pivot `m = partition(..)`: one side of
                    // a computed split, not n − 1.
                    Shape::Split
                } else if base.id() != node.id() && self.t(node).contains('-') {
                    Shape::Decrement
                } else if let Some(limit) = self.counts_toward_limit(node) {
                    limit
                } else if base.kind() == "identifier" && self.bound_to_field(self.t(base)) {
                    Shape::Child
                } else {
                    Shape::Unknown
                }
            }
        }
    }

    /// `p + 1` of a parameter `p` that the function compares with a limit:
    /// each call is one step nearer it, so the depth is the limit. `Count`
    /// when some limit is not a constant (`if p >= max`, `if p ==
    /// items.len()`), `Capped` when every one is (`if p >= 3`).
    pub(super) fn counts_toward_limit(&self, node: Node) -> Option<Shape> {
        if node.kind() != "binary_expression"
            || node
                .child_by_field_name("operator")
                .is_none_or(|o| self.t(o) != "+")
        {
            return None;
        }
        let (left, right) = (
            node.child_by_field_name("left")?,
            node.child_by_field_name("right")?,
        );
        if left.kind() != "identifier" || right.kind() != "integer_literal" {
            return None;
        }
        let counter = self.t(left);
        if !self.params.iter().any(|(p, _)| p == counter) {
            return None;
        }
        let mut capped = false;
        let mut stack = vec![self.fn_node];
        while let Some(n) = stack.pop() {
            if n.kind() == "binary_expression"
                && n.child_by_field_name("operator")
                    .is_some_and(|o| matches!(self.t(o), ">=" | ">" | "==" | "<" | "<="))
            {
                if let (Some(l), Some(r)) = (
                    n.child_by_field_name("left"),
                    n.child_by_field_name("right"),
                ) {
                    let other = if self.t(l) == counter {
                        Some(r)
                    } else if self.t(r) == counter {
                        Some(l)
                    } else {
                        None
                    };
                    match other {
                        Some(o) if !self.small(o) => return Some(Shape::Count),
                        Some(_) => capped = true,
                        None => {}
                    }
                }
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        capped.then_some(Shape::Capped)
    }

    /// A part of `let (a, b) = v.split_at_mut(k)`: a half when `k` halves,
    /// n − 1 for `split_first`, else one side of a computed split.
    pub(super) fn split_shape(&self, name: &str) -> Option<Shape> {
        self.def_nodes(name).into_iter().find_map(|d| {
            let d = peel(d, self.src);
            let f = d
                .child_by_field_name("function")
                .filter(|f| f.kind() == "field_expression")?;
            let m = self.t(f.child_by_field_name("field")?);
            let arg = d
                .child_by_field_name("arguments")
                .and_then(|a| a.named_child(0));
            match m {
                "split_first" | "split_last" | "split_first_mut" | "split_last_mut" => {
                    Some(Shape::Decrement)
                }
                "split_at" | "split_at_mut" => {
                    let k = self.offset_base(arg?);
                    Some(if self.halving(k) {
                        Shape::Half
                    } else if self.small(k) {
                        Shape::Decrement
                    } else {
                        Shape::Split
                    })
                }
                _ => None,
            }
        })
    }

    /// A local (not a parameter) computed by a call: a split position such
    /// as `let m = partition(a, lo, hi)`.
    pub(super) fn split_point(&self, node: Node) -> bool {
        if node.kind() != "identifier" {
            return false;
        }
        let name = self.t(node);
        if self.params.iter().any(|(p, _)| p == name) {
            return false;
        }
        let defs = self.def_nodes(name);
        !defs.is_empty()
            && defs
                .iter()
                .all(|d| peel(*d, self.src).kind() == "call_expression")
    }

    /// `x / 2`, `x >> 1`, or a variable defined as one.
    pub(super) fn halving(&self, node: Node) -> bool {
        let is_half = |t: &str| {
            let t: String = t.split_whitespace().collect();
            t.contains("/2") || t.contains(">>1")
        };
        match node.kind() {
            "identifier" => self.defs(self.t(node)).iter().any(|d| is_half(d)),
            "binary_expression" | "parenthesized_expression" => is_half(self.t(node)),
            _ => false,
        }
    }

    /// An index one level further down an implicit binary tree: defined
    /// (directly or through other variables) as `2 * i + 1`, `i << 1`.
    pub(super) fn doubled(&self, node: Node, depth: usize) -> bool {
        let twice = |t: &str| {
            let t: String = t.split_whitespace().collect();
            t.contains("2*") || t.contains("*2") || t.contains("<<1")
        };
        if twice(self.t(node)) {
            return true;
        }
        if node.kind() != "identifier" || depth > 3 {
            return false;
        }
        let name = self.t(node);
        self.defs(name).iter().any(|d| {
            twice(d)
                || (is_ident(d)
                    && d != &name
                    && self
                        .def_nodes(d)
                        .iter()
                        .any(|n| self.doubled(*n, depth + 1)))
        })
    }

    /// Bound from a field of another value (`for c in &node.kids`,
    /// `if let Some(l) = &n.left`): a child.
    pub(super) fn bound_to_field(&self, name: &str) -> bool {
        self.def_nodes(name).iter().any(|d| {
            let p = peel(*d, self.src);
            p.kind() == "field_expression"
                && p.child_by_field_name("value")
                    .is_some_and(|v| self.t(v) != "self")
        })
    }

    /// The expressions a variable is bound or assigned to in the function.
    pub(super) fn defs(&self, name: &str) -> Vec<&'t str> {
        self.def_nodes(name)
            .into_iter()
            .map(|n| self.t(n))
            .collect()
    }

    pub(super) fn def_nodes(&self, name: &str) -> Vec<Node<'t>> {
        let mut out = Vec::new();
        let mut stack = vec![self.fn_node];
        while let Some(n) = stack.pop() {
            let (pat, val) = match n.kind() {
                "let_declaration" | "let_condition" => (
                    n.child_by_field_name("pattern"),
                    n.child_by_field_name("value"),
                ),
                "for_expression" => (
                    n.child_by_field_name("pattern"),
                    n.child_by_field_name("value"),
                ),
                "assignment_expression" => (
                    n.child_by_field_name("left"),
                    n.child_by_field_name("right"),
                ),
                _ => (None, None),
            };
            if let (Some(p), Some(v)) = (pat, val) {
                if identifiers(p, self.src).contains(&name) {
                    out.push(v);
                }
            }
            let mut cursor = n.walk();
            stack.extend(n.named_children(&mut cursor));
        }
        out
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
        Part {
            class: class.max(work.class),
            steps,
            conf: conf.min(work.conf),
        }
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
