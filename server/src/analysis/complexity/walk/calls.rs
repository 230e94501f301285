//! Calls by path and macros: functions of the file, associated functions
//! and constructors (`Vec::with_capacity`, `String::from`), `vec!` and
//! `format!`, and the arguments they evaluate.

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
                if let Some((_, part, returns)) =
                    self.closures.iter().rev().find(|(n, _, _)| n == name)
                {
                    return (cost.then(part.clone()), returns.clone());
                }
                if self.file.has_fn(name) {
                    let part = self.callee(node, name, Some(&vals));
                    cost = self.charge_call(node, cost, part);
                    if self.file.returns_ordered_range(name) {
                        return (cost, Val::iter(Class::ONE));
                    }
                    let ret = self.file.return_ty(name);
                    if ret.kind() == &Kind::Scalar && !self.file.returns_a_length(name) {
                        return (cost, Val::helper_number(ret));
                    }
                    let mut val = Val::of(ret);
                    // A function given no collection builds what it returns:
                    // no more elements than it takes steps (a number's
                    // digits from `digits_of(id)`: log n).
                    let summary = self.file.summary(name);
                    if val.ty.is_sized()
                        && !summary
                            .params
                            .iter()
                            .any(|(_, ty, _)| ty.is_sized() || ty.kind() == &Kind::Unknown)
                        && summary.time.class < Class::N
                    {
                        val.bound = Some(summary.time.class);
                        val.local = true;
                    }
                    return (cost, val);
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
                // `iter::once(x)`, `iter::empty()`: at most one item.
                if head == "iter" && matches!(name, "once" | "empty") {
                    return (cost, Val::iter(Class::ONE));
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
                            // `with_capacity(digits.len())` of a local whose
                            // bound the walk knows: as many as it holds.
                            match self.bounded_len(a) {
                                Some(bound) => self.note_space(
                                    node,
                                    &format!("reserves {} elements", bound.term()),
                                    bound,
                                ),
                                None => self.note_space(node, "reserves n elements", Class::N),
                            }
                        }
                    }
                    ("from" | "from_iter", true) => {
                        let sized = first_arg.is_some_and(|a| {
                            !matches!(a.kind(), "string_literal" | "array_expression")
                                || a.child_by_field_name("length").is_some()
                        });
                        // As much as the argument holds: `String::from(name)`
                        // costs what `name.to_string()` does. A Vec moved into
                        // a VecDeque keeps its buffer (O(1), std's docs); one
                        // element's list, for each element, adds up to the
                        // input (as its `clone` does).
                        let reused = head == "VecDeque"
                            && vals.first().is_some_and(|(_, v)| v.ty.kind() == &Kind::Vec);
                        let per_element = self.in_iteration()
                            && vals.first().is_some_and(|(_, v)| v.node_list || v.elem);
                        let class = if reused || per_element {
                            Class::ONE
                        } else {
                            vals.first().map_or(Class::N, |(_, v)| v.size())
                        };
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
                        // `vec![NIL; level]` with `level` from a helper of
                        // the file (a skip list's random level): how large
                        // that number is, the walk does not know.
                        let (conf, assumed) =
                            if self.lookup(size.trim()).is_some_and(|v| v.assumed_len) {
                                (Confidence::Medium, " (assumed: a number a helper returned)")
                            } else {
                                (Confidence::High, "")
                            };
                        let cost = self.cost_with(
                            node,
                            &format!("fills n elements{assumed}"),
                            Class::N,
                            "alloc",
                            conf,
                        );
                        self.note_space_with(
                            node,
                            &format!("allocates n elements{assumed}"),
                            Class::N,
                            conf,
                        );
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

    /// `v.len()` of a local collection whose size the walk bounds below n
    /// (pushed by a loop of log n rounds): that bound.
    fn bounded_len(&self, len: Node) -> Option<Class> {
        let (recv, method) = self.method_of(len)?;
        if method != "len" || !is_ident(recv) {
            return None;
        }
        self.held_below_n(recv)
    }
}
