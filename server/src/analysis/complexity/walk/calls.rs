//! Calls: functions of the file (their summaries), macros, method calls
//! (priced by `price`), and scans that resume where the last one stopped.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    pub(super) fn call(&mut self, node: Node<'t>) -> (Cost, Val) {
        let Some(function) = node.child_by_field_name("function") else {
            return (Cost::one(), Val::unknown());
        };
        let args = node.child_by_field_name("arguments");
        let (function, turbofish) = if function.kind() == "generic_function" {
            (
                function.child_by_field_name("function").unwrap_or(function),
                function.child_by_field_name("type_arguments"),
            )
        } else {
            (function, None)
        };
        match function.kind() {
            "field_expression" => self.method_call(node, function, args, turbofish),
            "identifier" => {
                let name = self.t(function);
                let (mut cost, vals) = self.eval_args_vals(args);
                if name == self.name && self.self_ty.is_none() {
                    self.record_rec(node, args);
                    return (cost, Val::unknown());
                }
                if let Some((_, part)) = self.closures.iter().rev().find(|(n, _)| n == name) {
                    return (cost.then(part.clone()), Val::unknown());
                }
                if self.file.has_fn(name) {
                    let part = self.callee(node, name, Some(&vals));
                    cost = self.charge_call(node, cost, part);
                    return (cost, Val::of(self.file.return_ty(name)));
                }
                (cost, Val::unknown())
            }
            "scoped_identifier" => {
                let path = function
                    .child_by_field_name("path")
                    .map_or("", |p| self.t(p));
                let name = function
                    .child_by_field_name("name")
                    .map_or("", |p| self.t(p));
                let (mut cost, vals) = self.eval_args_vals(args);
                let head = types::last_segment(path);
                // `iter::repeat(x)` never ends: what bounds it (`take(n)`)
                // sizes it; `iter::repeat_n(x, n)` has n items.
                if head == "iter" && matches!(name, "repeat" | "repeat_n") {
                    let small = name == "repeat_n"
                        && args
                            .and_then(|a| a.named_child(1))
                            .is_some_and(|n| self.small(n));
                    let len = if small { Class::ONE } else { Class::N };
                    return (cost, Val::iter(len));
                }
                let owner = if head == "Self" {
                    self.self_ty.clone().unwrap_or_default()
                } else {
                    head.to_string()
                };
                if Some(&owner) == self.self_ty.as_ref() && name == self.name {
                    self.record_rec(node, args);
                    return (cost, Val::unknown());
                }
                let item = format!("{owner}::{name}");
                if self.file.has_fn(&item) {
                    let part = self.callee(node, &item, Some(&vals));
                    cost = self.charge_call(node, cost, part);
                    let ty = if self.file.is_struct(&owner) && name == "new" {
                        Ty::of(Kind::Named(owner))
                    } else {
                        Ty::UNKNOWN
                    };
                    return (cost, Val::of(ty));
                }
                if self.file.has_fn(name) && path.is_empty() {
                    let part = self.callee(node, name, Some(&vals));
                    cost = self.charge_call(node, cost, part);
                }
                let kind = types::kind_of_name(head, &|n| self.file.is_struct(n));
                let ty = match kind {
                    Kind::Wrapper | Kind::Shared | Kind::Scalar | Kind::Unknown => Ty::UNKNOWN,
                    k => Ty::of(k),
                };
                let first_arg = args.and_then(|a| a.named_child(0));
                match (name, ty.is_sized()) {
                    ("with_capacity", true) => {
                        if let Some(a) = first_arg.filter(|a| !self.small(*a)) {
                            let _ = a;
                            self.note_space(node, "reserves n elements", Class::N);
                        }
                    }
                    ("from" | "from_iter", true) => {
                        let sized = first_arg.is_some_and(|a| {
                            !matches!(a.kind(), "string_literal" | "array_expression")
                                || a.child_by_field_name("length").is_some()
                        });
                        // As much as the argument holds: `String::from(name)`
                        // costs what `name.to_string()` does.
                        let class = vals.first().map_or(Class::N, |(_, v)| v.size());
                        if sized && !class.is_one() {
                            cost = cost.then(self.cost(node, "copies its input", class, "clone"));
                            self.note_space(node, "copies its input", class);
                        }
                    }
                    _ => {}
                }
                // A function of a module or of a primitive type (`str::from_utf8`,
                // `u32::from`, `cmp::max`) given only a constant amount of data
                // returns a constant amount of data.
                let small_args =
                    !vals.is_empty() && vals.iter().all(|(a, v)| v.is_small() || self.small(*a));
                if small_args && head.starts_with(|c: char| c.is_ascii_lowercase()) {
                    return (cost, Val::elem(Ty::UNKNOWN));
                }
                let mut val = Val::of(ty);
                if name == "new" || name == "with_capacity" || name == "default" {
                    val.local = true;
                    if name != "with_capacity" || first_arg.is_some_and(|a| self.small(a)) {
                        val.bound = Some(Class::ONE);
                    }
                }
                (cost, val)
            }
            _ => {
                let mut cost = self.eval(function).0;
                cost = cost.seq(self.eval_args(args));
                (cost, Val::unknown())
            }
        }
    }

    pub(super) fn eval_args(&mut self, args: Option<Node<'t>>) -> Cost {
        self.eval_args_vals(args).0
    }

    pub(super) fn eval_args_vals(
        &mut self,
        args: Option<Node<'t>>,
    ) -> (Cost, Vec<(Node<'t>, Val)>) {
        let mut cost = Cost::one();
        let mut vals = Vec::new();
        if let Some(args) = args {
            let mut cursor = args.walk();
            for a in args.named_children(&mut cursor) {
                if matches!(a.kind(), "line_comment" | "block_comment") {
                    continue;
                }
                let (c, v) = self.eval(a);
                cost = cost.seq(c);
                vals.push((a, v));
            }
        }
        (cost, vals)
    }

    /// An argument holding a constant amount of data for a parameter of
    /// type `param`.
    pub(super) fn small_arg(&self, node: Node, val: &Val, param: &Ty) -> bool {
        if param.is_sized() || param.kind() == &Kind::Unknown {
            val.is_small() || self.small(node)
        } else {
            // In a method n is the size of the structure: a number passed
            // along is a key or a value, not a size.
            self.small(node) || val.elem || (self.is_method && val.ty.kind() == &Kind::Scalar)
        }
    }

    /// The cost of calling `item` of this file. A free function that gets
    /// only constant-size data where its cost grows costs O(1) here.
    pub(super) fn callee(
        &mut self,
        node: Node,
        item: &str,
        args: Option<&[(Node<'t>, Val)]>,
    ) -> Part {
        let mut summary = self.file.summary(item);
        // A free helper called from a method with the method's keys for
        // its strings (`deliver(conns, ids, msg)`): priced as the method
        // would price them, keys of constant size.
        if (self.is_method || self.string_keys) && !summary.is_method {
            if let Some(args) = args.filter(|a| a.len() == summary.params.len()) {
                let strings: Vec<usize> = (0..args.len())
                    .filter(|&i| matches!(summary.params[i].1.kind(), Kind::String | Kind::Str))
                    .collect();
                let keys = !strings.is_empty()
                    && strings.iter().all(|&i| {
                        self.small(args[i].0)
                            || args[i].1.elem
                            || args[i].1.ty.kind() == &Kind::Scalar
                    });
                if keys {
                    summary = self.file.summary_with_string_keys(item);
                }
            }
        }
        let class = summary.time.class;
        if class.is_one() {
            return Part::one().lower(summary.time.conf);
        }
        if let Some(args) = args.filter(|a| a.len() == summary.params.len()) {
            let driving: Vec<usize> = (0..args.len()).filter(|&i| summary.params[i].2).collect();
            // A method counts too when its cost comes from its parameters
            // only (`self.admit(r)` cloning the record it is given), not
            // from `self`'s fields.
            if (!summary.is_method || !summary.self_drives) && !driving.is_empty() {
                if driving
                    .iter()
                    .all(|&i| self.small_arg(args[i].0, &args[i].1, &summary.params[i].1))
                {
                    return Part::one();
                }
                // Given one node's list, once per node visited: the lists
                // add up to the nested structure, n in all.
                if self.in_iteration() && driving.iter().all(|&i| args[i].1.node_list) {
                    return Part::one().lower(Confidence::Medium);
                }
                for &i in &driving {
                    let text = self.t(args[i].0);
                    self.mark_driving(text, false);
                }
            }
        }
        // While a callee runs, its memory is the caller's extra memory too:
        // a recursion's frames (a retry by recursion keeps one per attempt),
        // and what a helper function allocates (a table of marks). A method
        // growing its own storage (a ring buffer doubling) is the
        // structure's size, not extra memory of the operation.
        let recursion_depth = summary
            .space
            .steps
            .iter()
            .any(|s| s.text.starts_with("recursion depth"));
        if !summary.space.class.is_one() && (recursion_depth || !summary.is_method) {
            let space = summary.space.class;
            let step = self.step(
                node,
                format!(
                    "`{}` calls `{item}`, which uses {space} extra space",
                    snippet(self.t(node))
                ),
                StepKind::Space { class: space },
            );
            let mut steps = vec![step];
            steps.extend(summary.space.steps.iter().cloned());
            let part = Part {
                class: space,
                steps,
                conf: summary.space.conf,
            };
            self.space = std::mem::replace(&mut self.space, Part::one()).seq(part);
        }
        let step = self.step(
            node,
            format!("`{}` calls `{item}`: {class}", snippet(self.t(node))),
            StepKind::Call { class },
        );
        let mut steps = vec![step];
        steps.extend(summary.time.steps);
        Part {
            class,
            steps,
            conf: summary.time.conf,
        }
    }

    /// Adds the cost of a call into this file (`part`) to the cost of its
    /// arguments: per execution, or once per loop when a skip mark amortises
    /// it (see `skip_mark`).
    pub(super) fn charge_call(&self, node: Node, cost: Cost, mut part: Part) -> Cost {
        if part.class.is_one() {
            return cost.then(part);
        }
        let Some((cursor, mark)) = self.skip_mark(node) else {
            return cost.then(part);
        };
        if let Some(call) = part.steps.first_mut() {
            call.text = format!(
                "{} in all, amortised: it only runs once `{cursor}` has reached `{mark}`, and then moves `{mark}` on, so no run is read twice",
                call.text
            );
        }
        cost.seq(Cost::of(part.lower(Confidence::Medium)).into_brk())
    }

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

    pub(super) fn macro_call(&mut self, node: Node<'t>) -> (Cost, Val) {
        let name = node.child_by_field_name("macro").map_or("", |m| self.t(m));
        let tokens = node
            .named_children(&mut node.walk())
            .find(|c| c.kind() == "token_tree");
        match name {
            "vec" => {
                let inner = tokens.map_or("", |t| self.t(t));
                let inner = inner
                    .strip_prefix(['[', '(', '{'])
                    .and_then(|s| s.strip_suffix([']', ')', '}']))
                    .unwrap_or(inner);
                if let Some(size) = top_level_split(inner, ';') {
                    if !small_text(size.trim()) {
                        let cost = self.cost(node, "fills n elements", Class::N, "alloc");
                        self.note_space(node, "allocates n elements", Class::N);
                        let mut val = Val::of(Ty::of(Kind::Vec));
                        val.local = true;
                        return (Cost::of(cost), val);
                    }
                }
                let mut val = Val::of(Ty::of(Kind::Vec));
                val.local = true;
                val.bound = Some(Class::ONE);
                (Cost::one(), val)
            }
            "format" => {
                // A string formatted from numbers, elements and keys only
                // is a short key, not n-sized data.
                let names = tokens
                    .map(|t| format_names(t, self.src))
                    .unwrap_or_default();
                let small = !names.is_empty()
                    && names.iter().all(|n| {
                        self.lookup(n).is_some_and(|v| {
                            v.is_small() || matches!(v.ty.kind(), Kind::Scalar | Kind::Array)
                        })
                    });
                if small {
                    (Cost::one(), Val::elem(Ty::of(Kind::Array)))
                } else {
                    (Cost::one(), Val::of(Ty::of(Kind::String)))
                }
            }
            _ => (Cost::one(), Val::unknown()),
        }
    }

    /// `recv.m1(..).m2(..)`: the chain is priced method by method.
    pub(super) fn method_call(
        &mut self,
        node: Node<'t>,
        function: Node<'t>,
        args: Option<Node<'t>>,
        turbofish: Option<Node<'t>>,
    ) -> (Cost, Val) {
        let Some(recv_node) = function.child_by_field_name("value") else {
            return (Cost::one(), Val::unknown());
        };
        let method = function
            .child_by_field_name("field")
            .map_or("", |f| self.t(f));
        let (recv_cost, recv) = self.eval(recv_node);
        let recv_text = self.t(recv_node);
        // Self-recursion through `self.name(..)`.
        if recv_text == "self" && method == self.name && self.self_ty.is_some() {
            let cost = recv_cost.seq(self.eval_args(args));
            self.record_rec(node, args);
            return (cost, Val::unknown());
        }
        // `(**self).call(..)` in `impl Client for &mut C` delegates to the
        // pointee's own impl: not a call on another value of this type.
        let derefs_self = recv_text.trim_matches(|c| matches!(c, '(' | ')' | '*' | ' ')) == "self";
        // The same method on another value of the type (a child node).
        if recv_text != "self"
            && !derefs_self
            && !recv_text.starts_with("self.")
            && method == self.name
            && self.self_ty.as_ref().is_some_and(|ty| {
                self.file.has_fn(&format!("{ty}::{method}"))
                    && matches!(recv.ty.kind(), Kind::Unknown | Kind::Named(_))
                    && recv.ty.kind() != &Kind::Named(String::new())
                    && match recv.ty.kind() {
                        Kind::Named(o) => o == ty,
                        // A value of unknown type is one of this type's
                        // children only when the type holds values of
                        // itself (a tree, a list); in a cache or a wrapper
                        // `slot.get()` is another type's method.
                        _ => self.file.is_recursive_struct(ty),
                    }
            })
        {
            let cost = recv_cost.seq(self.eval_args(args));
            self.record_rec(node, args);
            if let Some(last) = self.rec.last_mut() {
                last.shape = Shape::Child;
            }
            return (cost, Val::unknown());
        }
        // A method of a struct of this file.
        if let Kind::Named(owner) = recv.ty.kind() {
            let item = format!("{owner}::{method}");
            if self.file.has_fn(&item) {
                let (arg_cost, vals) = self.eval_args_vals(args);
                let cost = recv_cost.seq(arg_cost);
                let part = self.callee(node, &item, Some(&vals));
                let cost = self.charge_call(node, cost, part);
                // A number it returns (`self.head()` → u64) is a number
                // here too: passed on, it is no size.
                // So is a guard or a reference to a collection
                // (`self.table()` → `MutexGuard<HashMap<..>>`): a view of
                // the structure's own data.
                let ret = self.file.return_ty(&item);
                let view = matches!(ret.kind, Kind::Wrapper | Kind::Shared) && ret.is_sized();
                let val = if ret.kind() == &Kind::Scalar || view {
                    Val::of(ret)
                } else {
                    Val::unknown()
                };
                return (cost, val);
            }
        }
        let arg_nodes: Vec<Node<'t>> = args
            .map(|a| a.named_children(&mut a.walk()).collect())
            .unwrap_or_default();
        // Closure arguments are priced per call; other arguments once.
        let mut cost = recv_cost;
        let mut closure = Part::one();
        let mut arg_vals = Vec::new();
        for &a in &arg_nodes {
            if a.kind() == "closure_expression" {
                let per_element = recv.iter.is_some_and(|l| !l.is_one());
                self.nest += usize::from(per_element);
                let items = recv.iter.is_some().then_some(method);
                let saved = std::mem::replace(&mut self.items_nested, recv.nested);
                closure = closure.seq(self.closure_body(a, items));
                self.items_nested = saved;
                self.nest -= usize::from(per_element);
                arg_vals.push(Val::unknown());
            } else if let Some((_, part)) = self.closures.iter().rev().find(|(n, _)| n == self.t(a))
            {
                closure = closure.seq(part.clone());
                arg_vals.push(Val::unknown());
            } else {
                let (c, v) = self.eval(a);
                cost = cost.seq(c);
                arg_vals.push(v);
            }
        }
        let (part, mut val) = self.price(
            node, method, &recv, recv_node, &arg_nodes, &arg_vals, closure, turbofish,
        );
        if !part.class.is_one() {
            let bound = self.iteration_bound(recv_node);
            self.mark_driving(bound, false);
        }
        if recv.is_small() && val.iter.is_none() && !val.ty.is_sized() {
            // Anything computed from a number or one element is small.
            val.elem = true;
        }
        (cost.then(part), val)
    }
}
