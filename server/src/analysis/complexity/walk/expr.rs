//! Expressions: what each costs and what it evaluates to (blocks, bindings,
//! assignments; branches are in `branches.rs`).

use super::*;

impl<'a, 't> Walker<'a, 't> {
    pub(super) fn eval(&mut self, node: Node<'t>) -> (Cost, Val) {
        match node.kind() {
            "block" | "unsafe_block" | "async_block" | "const_block" => {
                let mark = (self.env.len(), self.closures.len());
                let mut cost = Cost::one();
                let mut last = Val::unknown();
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    let (c, v) = self.eval(child);
                    cost = cost.seq(c);
                    last = v;
                }
                self.env.truncate(mark.0);
                self.closures.truncate(mark.1);
                (cost, last)
            }
            "expression_statement" => match node.named_child(0) {
                Some(e) => self.eval(e),
                None => (Cost::one(), Val::unknown()),
            },
            "let_declaration" => (self.let_decl(node), Val::unknown()),
            "identifier" | "self" => {
                let name = self.t(node);
                let val = if name == "self" {
                    Val::of(self.self_type())
                } else if let Some(v) = self.lookup(name) {
                    v.clone()
                } else if is_const_name(name) {
                    // A `const`/`static`: a fixed amount of data.
                    Val::elem(Ty::of(Kind::Array))
                } else {
                    Val::unknown()
                };
                (Cost::one(), val)
            }
            // `Self::TRANSIENT`, `Codec::ALPHABET`: an associated `const`, a
            // fixed amount of data like a `const` of the file.
            "scoped_identifier"
                if node
                    .child_by_field_name("name")
                    .is_some_and(|n| is_const_name(self.t(n))) =>
            {
                (Cost::one(), Val::elem(Ty::of(Kind::Array)))
            }
            "field_expression" => {
                let (cost, base) = match node.child_by_field_name("value") {
                    Some(v) => self.eval(v),
                    None => (Cost::one(), Val::unknown()),
                };
                let field = node.child_by_field_name("field").map_or("", |f| self.t(f));
                let ty = match base.ty.kind() {
                    Kind::Named(s) => self.file.field_ty(s, field).unwrap_or(Ty::UNKNOWN),
                    _ => Ty::UNKNOWN,
                };
                // A string held by one element (a job's name) counts as
                // one item, as strings held in a collection do
                // (`Ty::element`): n is how many elements there are.
                let text = matches!(ty.kind(), Kind::String | Kind::Str);
                let mut val = Val::of(ty);
                val.elem = base.elem && (!val.ty.is_sized() || text);
                // A list held by one element of a collection (the children
                // of a node of an arena).
                val.node_list = base.elem && val.ty.is_sized() && !text;
                // A collection inside a struct the function builds (`let mut
                // heap = MinHeap::new(); heap.data.push(x)`) is the
                // function's own memory, as a local Vec would be.
                val.local = base.local
                    && node
                        .child_by_field_name("value")
                        .is_some_and(|v| v.kind() == "identifier" && self.t(v) != "self");
                (cost, val)
            }
            "reference_expression"
            | "parenthesized_expression"
            | "unary_expression"
            | "type_cast_expression"
            | "await_expression" => {
                let inner = if node.kind() == "reference_expression" {
                    node.child_by_field_name("value")
                } else {
                    node.named_child(0)
                };
                match inner {
                    Some(inner) => self.eval(inner),
                    None => (Cost::one(), Val::unknown()),
                }
            }
            "try_expression" => {
                let (cost, val) = match node.named_child(0) {
                    Some(inner) => self.eval(inner),
                    None => (Cost::one(), Val::unknown()),
                };
                let ty = match val.ty.kind {
                    Kind::Wrapper | Kind::Shared => {
                        val.ty.args.first().cloned().unwrap_or(Ty::UNKNOWN)
                    }
                    _ => val.ty.clone(),
                };
                let elem = val.elem;
                let mut val = Val::of(ty);
                val.elem = elem && !val.ty.is_sized();
                (cost, val)
            }
            "index_expression" => {
                let mut cost = Cost::one();
                let mut vals = Vec::new();
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    let (c, v) = self.eval(child);
                    cost = cost.seq(c);
                    vals.push((child.kind(), v));
                }
                let val = match vals.as_slice() {
                    // `&b[i..i + 16]`: a window of constant width.
                    [(_, _), ("range_expression", r)] if r.iter.is_some_and(|l| l.is_one()) => {
                        Val::elem(Ty::of(Kind::Array))
                    }
                    [(_, base), ("range_expression", _)] => Val::of(base.ty.clone()),
                    [(_, base), _] => {
                        let mut val = Val::elem(base.ty.element());
                        val.node_list = base.ty.element().is_sized();
                        val
                    }
                    _ => Val::unknown(),
                };
                (cost, val)
            }
            "range_expression" => {
                let mut cost = Cost::one();
                let mut cursor = node.walk();
                let children: Vec<Node> = node.named_children(&mut cursor).collect();
                // `0..lvl` up to a number a helper returned: its length is
                // an assumption.
                let mut assumed_len = false;
                for &child in &children {
                    let (c, v) = self.eval(child);
                    cost = cost.seq(c);
                    assumed_len |= v.assumed_len && v.iter.is_none();
                }
                let len = match children.as_slice() {
                    [start, end] if self.small(*end) && self.small(*start) => Class::ONE,
                    // `pos..buf.len()` of a fixed-size array: an index
                    // (never negative) up to a constant, at most that many.
                    [start, end] if self.small(*end) && start.kind() != "unary_expression" => {
                        Class::ONE
                    }
                    [start, end] if self.offset_of(*start, *end) => Class::ONE,
                    [end] if self.small(*end) && !self.t(node).ends_with("..") => Class::ONE,
                    _ => Class::N,
                };
                let mut val = Val::iter(len);
                val.ty = Ty::of(Kind::Range);
                val.assumed_len = assumed_len && !len.is_one();
                // `0..adj[u].len()`: the indices of one element's list,
                // as `&adj[u]` is its items (the lists add up to the
                // nested input when every element is visited).
                val.node_list =
                    matches!(children.as_slice(), [_, end] if self.len_of_node_list(*end));
                (cost, val)
            }
            "for_expression" => (self.for_loop(node), Val::unknown()),
            "while_expression" => (self.while_loop(node), Val::unknown()),
            "loop_expression" => (self.loop_loop(node), Val::unknown()),
            "if_expression" => self.if_expr(node),
            "match_expression" => self.match_expr(node),
            "return_expression" => {
                let cost = match node.named_child(0) {
                    Some(v) => self.eval(v).0,
                    None => Cost::one(),
                };
                (cost.into_ret(), Val::unknown())
            }
            "break_expression" => {
                let mut cost = Cost::one();
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    if child.kind() != "label" {
                        cost = cost.seq(self.eval(child).0);
                    }
                }
                (cost.into_brk(), Val::unknown())
            }
            "call_expression" => self.call(node),
            "macro_invocation" => self.macro_call(node),
            "assignment_expression" => (self.assignment(node), Val::unknown()),
            "compound_assignment_expr" => {
                let mut cost = Cost::one();
                if let Some(r) = node.child_by_field_name("right") {
                    cost = self.eval(r).0;
                }
                if let Some(l) = node.child_by_field_name("left") {
                    cost = cost.seq(self.eval(l).0);
                    if l.kind() == "identifier" {
                        let name = self.t(l);
                        if let Some((_, v)) = self.env.iter_mut().rev().find(|(n, _)| n == name) {
                            v.bound = None;
                        }
                    }
                    let op = node
                        .child_by_field_name("operator")
                        .map_or("", |o| self.t(o));
                    let lv = self.lookup(self.t(l)).cloned();
                    if op == "+=" {
                        if let Some(v) = lv {
                            if v.local && matches!(v.ty.kind(), Kind::String) {
                                let ctx = self.loop_ctx;
                                self.note_space(node, "appends in a loop", ctx);
                            }
                        }
                    }
                }
                (cost, Val::unknown())
            }
            "closure_expression" => (Cost::one(), Val::unknown()),
            "array_expression" => {
                let mut cost = Cost::one();
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    cost = cost.seq(self.eval(child).0);
                }
                if let Some(len) = node.child_by_field_name("length") {
                    if !self.small(len) {
                        cost = cost.then(self.cost(node, "fills an array", Class::N, "alloc"));
                        self.note_space(node, "allocates n elements", Class::N);
                    }
                }
                (cost, Val::of(Ty::of(Kind::Array)))
            }
            "integer_literal" | "float_literal" | "boolean_literal" | "char_literal" => {
                (Cost::one(), Val::of(Ty::of(Kind::Scalar)))
            }
            // A literal holds a fixed amount of data: walking it is O(1) in n.
            "string_literal" | "raw_string_literal" => {
                (Cost::one(), Val::elem(Ty::of(Kind::Array)))
            }
            // `Entry { seq, actor: actor.into(), .. }` built only from
            // numbers, keys and single elements is one record: its string
            // fields are one item's (`entry_hash(&entry.actor)` hashes a
            // key, as `entry_hash(actor)` does).
            "struct_expression" => {
                let mut cost = Cost::one();
                let mut small = true;
                if let Some(body) = node.child_by_field_name("body") {
                    for field in body.named_children(&mut body.walk()) {
                        let value = match field.kind() {
                            "field_initializer" => field.child_by_field_name("value"),
                            "shorthand_field_initializer" => field.named_child(0),
                            // `..entry`: the rest from another value.
                            _ => Some(field),
                        };
                        let Some(value) = value else { continue };
                        let (c, v) = self.eval(value);
                        cost = cost.seq(c);
                        small &= v.is_small()
                            || matches!(v.ty.kind(), Kind::String | Kind::Str) && v.elem;
                    }
                }
                let name = node.child_by_field_name("name").map_or("", |n| self.t(n));
                let name = match name {
                    "Self" => self.self_ty.clone().unwrap_or_default(),
                    other => other.rsplit("::").next().unwrap_or(other).to_string(),
                };
                let val = if small && self.file.is_struct(&name) {
                    Val::elem(Ty::of(Kind::Named(name)))
                } else {
                    Val::unknown()
                };
                (cost, val)
            }
            "function_item" | "struct_item" | "enum_item" | "impl_item" | "use_declaration"
            | "const_item" | "static_item" | "type_item" | "trait_item" | "mod_item"
            | "line_comment" | "block_comment" | "attribute_item" => (Cost::one(), Val::unknown()),
            _ => {
                let mut cost = Cost::one();
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    cost = cost.seq(self.eval(child).0);
                }
                (cost, Val::unknown())
            }
        }
    }

    /// `x.len()` where `x` is the list of one element of a collection.
    pub(super) fn len_of_node_list(&mut self, end: Node<'t>) -> bool {
        let Some(callee) = end
            .child_by_field_name("function")
            .filter(|_| end.kind() == "call_expression")
        else {
            return false;
        };
        let no_args = end
            .child_by_field_name("arguments")
            .is_some_and(|a| a.named_child_count() == 0);
        if callee.kind() != "field_expression" || !no_args {
            return false;
        }
        let is_len = callee
            .child_by_field_name("field")
            .is_some_and(|f| self.t(f) == "len");
        match callee.child_by_field_name("value") {
            Some(list) if is_len => self.eval(list).1.node_list,
            _ => false,
        }
    }

    pub(super) fn self_type(&self) -> Ty {
        match &self.self_ty {
            Some(name) if self.file.is_struct(name) => Ty::of(Kind::Named(name.clone())),
            _ => Ty::UNKNOWN,
        }
    }

    pub(super) fn let_decl(&mut self, node: Node<'t>) -> Cost {
        let value = node.child_by_field_name("value");
        let mut cost = Cost::one();
        let mut val = Val::unknown();
        if let Some(v) = value {
            if v.kind() == "closure_expression" {
                let (part, returns) = self.closure_body_val(v, None);
                if let Some(p) = node.child_by_field_name("pattern") {
                    let name = self.t(p).trim_start_matches("mut ").trim().to_string();
                    self.closures.push((name, part, returns));
                }
                return Cost::one();
            }
            let (c, vv) = self.eval(v);
            cost = c;
            val = vv;
        }
        if let Some(t) = node.child_by_field_name("type") {
            let ty = self.file.ty_of_type(t);
            // `let b: Box<str> = url.into()` of a key stays a key: the
            // annotation names the string type, not a size.
            let key_converted = matches!(ty.kind(), Kind::String | Kind::Str)
                && value.is_some_and(|v| self.converts_a_key(v));
            if ty.kind != Kind::Unknown && !key_converted {
                // The annotation names a type, not a size: a value the
                // walk did not know (what a call it did not follow
                // returns: `Rc::from(plugin.name())`) has a length it can
                // only assume.
                if value.is_some() && val.ty.kind() == &Kind::Unknown && ty.is_sized() {
                    val.assumed_len = true;
                }
                val.ty = ty;
            }
        }
        if let Some(alt) = node.child_by_field_name("alternative") {
            cost = cost.seq(self.eval(alt).0.into_ret());
        }
        if let Some(p) = node.child_by_field_name("pattern") {
            // The sorted keys of one trie node's children: at most σ.
            let name = self.t(p).trim_start_matches("mut ").trim();
            if val.ty.is_sized() && is_ident(name) && self.filled_from_character_keys(name) {
                val.bound = Some(Class::ONE);
                val.capped = true;
            }
            if p.kind() == "tuple_struct_pattern"
                && node.child_by_field_name("alternative").is_some()
            {
                // `let Some(rec) = map.get(k) else { return … };`
                self.bind_unwrapped(p, val);
            } else {
                // `let client = self.clients.get_mut(id).expect(..)`: a
                // place in a structure that outlives the call, not memory
                // of this function.
                let local = !value.is_some_and(|v| self.lends_a_place(v));
                self.bind_pattern(p, val, local);
            }
        }
        cost
    }

    /// A borrow of a place in `self` or in a caller's structure, through
    /// fields, indexing and the methods that hand out a reference into
    /// their receiver (`get_mut`, `expect`, `entry(..).or_default()`,
    /// `lock()`).
    fn lends_a_place(&self, node: Node) -> bool {
        match node.kind() {
            "self" => true,
            "reference_expression" | "parenthesized_expression" | "try_expression" => node
                .named_child(node.named_child_count().saturating_sub(1) as u32)
                .is_some_and(|n| self.lends_a_place(n)),
            "field_expression" => node
                .child_by_field_name("value")
                .is_some_and(|v| self.lends_a_place(v)),
            "index_expression" => node.named_child(0).is_some_and(|v| self.lends_a_place(v)),
            "call_expression" => {
                let Some(f) = node
                    .child_by_field_name("function")
                    .filter(|f| f.kind() == "field_expression")
                else {
                    return false;
                };
                let method = f.child_by_field_name("field").map_or("", |m| self.t(m));
                let lends = matches!(
                    method,
                    "get"
                        | "get_mut"
                        | "expect"
                        | "unwrap"
                        | "as_mut"
                        | "as_ref"
                        | "as_deref_mut"
                        | "borrow"
                        | "borrow_mut"
                        | "lock"
                        | "write"
                        | "last_mut"
                        | "first_mut"
                        | "front_mut"
                        | "back_mut"
                        | "peek_mut"
                        | "entry"
                        | "or_default"
                        | "or_insert"
                        | "or_insert_with"
                );
                lends
                    && f.child_by_field_name("value")
                        .is_some_and(|v| self.lends_a_place(v))
            }
            // A parameter, or a local that is itself such a borrow.
            "identifier" => self.lookup(self.t(node)).is_some_and(|v| !v.local),
            _ => false,
        }
    }

    /// `key.into()`, `key.to_string()`, `key.to_owned()` of a value the
    /// walk holds for a key (a string parameter of a method).
    fn converts_a_key(&mut self, value: Node<'t>) -> bool {
        let Some(function) = value
            .child_by_field_name("function")
            .filter(|f| value.kind() == "call_expression" && f.kind() == "field_expression")
        else {
            return false;
        };
        let converts = function
            .child_by_field_name("field")
            .is_some_and(|m| matches!(self.t(m), "into" | "to_string" | "to_owned"));
        let Some(recv) = function
            .child_by_field_name("value")
            .filter(|r| r.kind() == "identifier")
        else {
            return false;
        };
        converts
            && self
                .lookup(self.t(recv))
                .is_some_and(|v| v.ty.kind() == &Kind::Scalar)
    }

    /// The iterated value is an input, whole: a parameter, a field of
    /// `self` (or an element of one, a level of a tree), through borrows,
    /// iterator adaptors and `0..x.len()`.
    pub(super) fn input_rooted(&self, node: Node) -> bool {
        match node.kind() {
            "reference_expression" | "parenthesized_expression" => node
                .named_child(node.named_child_count().saturating_sub(1) as u32)
                .is_some_and(|n| self.input_rooted(n)),
            "range_expression" => {
                let start_small = node.named_child(0).is_some_and(|s| self.small(s));
                node.named_child_count() == 2
                    && start_small
                    && node.named_child(1).is_some_and(|e| self.input_rooted(e))
            }
            "call_expression" => {
                let Some(f) = node
                    .child_by_field_name("function")
                    .filter(|f| f.kind() == "field_expression")
                else {
                    return false;
                };
                let method = f.child_by_field_name("field").map_or("", |m| self.t(m));
                let whole = matches!(
                    method,
                    "iter"
                        | "iter_mut"
                        | "into_iter"
                        | "len"
                        | "enumerate"
                        | "chars"
                        | "bytes"
                        | "char_indices"
                        | "keys"
                        | "values"
                        | "values_mut"
                        | "copied"
                        | "cloned"
                        | "rev"
                );
                whole
                    && f.child_by_field_name("value")
                        .is_some_and(|v| self.input_rooted(v))
            }
            "field_expression" => node
                .child_by_field_name("value")
                .is_some_and(|v| v.kind() == "self" || self.input_rooted(v)),
            "index_expression" => node.named_child(0).is_some_and(|v| self.input_rooted(v)),
            "identifier" => {
                let name = self.t(node);
                self.params.iter().any(|(p, _)| p == name)
                    && self.lookup(name).is_some_and(|v| v.depth == 0 && !v.local)
            }
            _ => false,
        }
    }

    pub(super) fn assignment(&mut self, node: Node<'t>) -> Cost {
        let left = node.child_by_field_name("left");
        let right = node.child_by_field_name("right");
        let mut cost = Cost::one();
        if let Some(r) = right {
            cost = self.eval(r).0;
            if let Some(l) = left {
                cost = cost.seq(self.eval(l).0);
                let target = self.t(l);
                let lv = self.lookup(target).cloned();
                // `s = s + &x` / `s = format!("{s}{x}")`: the string is
                // copied on every assignment.
                let rebuilds = match r.kind() {
                    "binary_expression" => {
                        let lhs = r.child_by_field_name("left").map_or("", |x| self.t(x));
                        r.child_by_field_name("operator")
                            .is_some_and(|o| self.t(o) == "+")
                            && (lhs == target
                                || lhs.starts_with(&format!("{target}.clone()"))
                                || lhs.starts_with(&format!("{target}.to_string()")))
                            && !matches!(lv.as_ref().map(|v| v.ty.kind()), Some(Kind::Scalar))
                            && lv.as_ref().is_some_and(|v| {
                                matches!(v.ty.kind(), Kind::String | Kind::Unknown)
                            })
                            && !is_numeric_expr(r, self.src)
                    }
                    "macro_invocation" => {
                        let name = r.child_by_field_name("macro").map_or("", |m| self.t(m));
                        name == "format" && mentions(self.t(r), target)
                    }
                    _ => false,
                };
                if rebuilds {
                    cost = cost.then(self.cost(
                        node,
                        "copies the whole string",
                        Class::N,
                        "string-rebuild",
                    ));
                }
            }
        }
        cost
    }
}
