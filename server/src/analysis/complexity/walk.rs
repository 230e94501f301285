//! One walk over a function's body, bottom-up: each expression yields its
//! cost (the dominant term with its derivation) and what it evaluates to (a
//! type, or an iterator of some length). Loops multiply, sequences take the
//! maximum, branches that leave the function (`return`, `panic!`) or the loop
//! (`break`) are charged once rather than per iteration.

use super::class::Class;
use super::flow::Code;
use super::types::{self, Kind, Ty};
use super::{text, Confidence, ItemEstimate, Step, StepKind};
use std::cell::RefCell;
use std::collections::HashMap;
use tree_sitter::Node;

/// A dominant term with its derivation.
#[derive(Debug, Clone)]
pub(super) struct Part {
    pub class: Class,
    pub steps: Vec<Step>,
    pub conf: Confidence,
}

impl Part {
    pub fn one() -> Part {
        Part {
            class: Class::ONE,
            steps: Vec::new(),
            conf: Confidence::High,
        }
    }

    fn with_step(class: Class, step: Step, conf: Confidence) -> Part {
        Part {
            class,
            steps: vec![step],
            conf,
        }
    }

    /// Both happen, one after the other: the larger dominates.
    pub fn seq(self, other: Part) -> Part {
        use std::cmp::Ordering::*;
        match self.class.cmp(&other.class) {
            Less => other,
            Greater => self,
            // One derivation, the longer (the later on a tie): merging the
            // steps of two sequential parts would read as one nested inside
            // the other, with factors that multiply past the class.
            Equal => {
                let conf = self.conf.min(other.conf);
                let steps = if self.steps.len() > other.steps.len() {
                    self.steps
                } else {
                    other.steps
                };
                Part {
                    class: self.class,
                    steps,
                    conf,
                }
            }
        }
    }

    /// The work repeated `factor` times; `step` explains the factor.
    fn times(self, factor: Class, step: Step, conf: Confidence) -> Part {
        let class = self.class.times(factor);
        if class.is_one() {
            return Part::one();
        }
        let mut steps = Vec::with_capacity(self.steps.len() + 1);
        if !factor.is_one() || !self.steps.is_empty() {
            steps.push(step);
        }
        steps.extend(self.steps);
        Part {
            class,
            steps,
            conf: self.conf.min(conf),
        }
    }

    fn lower(mut self, conf: Confidence) -> Part {
        self.conf = self.conf.min(conf);
        self
    }
}

/// The cost of evaluating something: per execution (`body`), once per call
/// of the function (`ret`: branches that return), once per loop (`brk`).
#[derive(Debug, Clone)]
pub(super) struct Cost {
    body: Part,
    ret: Part,
    brk: Part,
}

impl Cost {
    fn one() -> Cost {
        Cost {
            body: Part::one(),
            ret: Part::one(),
            brk: Part::one(),
        }
    }
    fn of(body: Part) -> Cost {
        Cost {
            body,
            ..Cost::one()
        }
    }
    fn seq(self, other: Cost) -> Cost {
        Cost {
            body: self.body.seq(other.body),
            ret: self.ret.seq(other.ret),
            brk: self.brk.seq(other.brk),
        }
    }
    fn then(self, part: Part) -> Cost {
        self.seq(Cost::of(part))
    }
    /// All of it happens at most once per call (a branch that returns).
    fn into_ret(self) -> Cost {
        Cost {
            body: Part::one(),
            ret: self.body.seq(self.ret),
            brk: self.brk,
        }
    }
    fn into_brk(self) -> Cost {
        Cost {
            body: Part::one(),
            ret: self.ret,
            brk: self.body.seq(self.brk),
        }
    }
}

/// What an expression evaluates to, as far as costs care.
#[derive(Debug, Clone)]
pub(super) struct Val {
    ty: Ty,
    /// An iterator, and how many elements it yields.
    iter: Option<Class>,
    /// Per-element work of the lazy adaptors so far (closures of `map`, …).
    per: Part,
    /// The chain started with `chars()`/`bytes()`.
    chars: bool,
    /// A local collection created empty, with every insertion seen: how
    /// many elements it can hold (the product of the loops around its
    /// pushes), instead of n.
    bound: Option<Class>,
    /// Bound by `let` in this function (pushing into it is extra space).
    local: bool,
    /// How many loops enclosed its binding.
    depth: usize,
    /// One element of a collection, or derived from a number: a call that
    /// receives only such values works on a constant amount of data.
    elem: bool,
    /// One list of a collection of lists (`adj[u]`, the `list` of
    /// `for list in adj`): walking it for every node visits each element
    /// of the nested structure once in total.
    node_list: bool,
    /// An iterator over a collection of lists: its items are such lists.
    nested: bool,
}

impl Val {
    fn unknown() -> Val {
        Val::of(Ty::UNKNOWN)
    }
    fn of(ty: Ty) -> Val {
        Val {
            ty,
            iter: None,
            per: Part::one(),
            chars: false,
            bound: None,
            local: false,
            depth: 0,
            elem: false,
            node_list: false,
            nested: false,
        }
    }
    /// An element: small unless its type says it is a collection.
    fn elem(ty: Ty) -> Val {
        let elem = !ty.is_sized();
        Val {
            elem,
            ..Val::of(ty)
        }
    }
    /// Holds a constant amount of data.
    fn is_small(&self) -> bool {
        self.iter.is_none_or(|l| l.is_one())
            && !self.ty.is_sized()
            && (self.elem || matches!(self.ty.kind(), Kind::Scalar | Kind::Array))
    }
    fn iter(len: Class) -> Val {
        Val {
            iter: Some(len),
            ..Val::unknown()
        }
    }
    /// How many elements it holds or yields.
    fn size(&self) -> Class {
        match self.iter {
            Some(len) => len,
            None if self.ty.is_sized() => self.bound.unwrap_or(Class::N),
            None => Class::ONE,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct Summary {
    time: Part,
    space: Part,
    /// Parameters (not `self`) with their types and whether the cost grows
    /// with them.
    params: Vec<(String, Ty, bool)>,
    /// Takes `self`.
    is_method: bool,
    /// A loop over every element of an input (see `ItemEstimate`).
    walks_input: Option<Step>,
}

struct FnDef<'t> {
    node: Node<'t>,
    name_node: Node<'t>,
    self_ty: Option<String>,
}

pub(super) struct FileCtx<'t> {
    src: &'t str,
    /// struct name → field name → type node.
    structs: HashMap<String, HashMap<String, Node<'t>>>,
    fns: Vec<(String, FnDef<'t>)>,
    /// `None` while being computed (mutual recursion is charged O(1)).
    memo: RefCell<HashMap<String, Option<Summary>>>,
}

impl<'t> FileCtx<'t> {
    pub fn new(src: &'t str, root: Node<'t>) -> FileCtx<'t> {
        let mut ctx = FileCtx {
            src,
            structs: HashMap::new(),
            fns: Vec::new(),
            memo: RefCell::new(HashMap::new()),
        };
        ctx.collect(root, None);
        ctx
    }

    fn collect(&mut self, node: Node<'t>, self_ty: Option<&str>) {
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            match child.kind() {
                "function_item" => {
                    let Some(name_node) = child.child_by_field_name("name") else {
                        continue;
                    };
                    let name = text(name_node, self.src);
                    let item = match self_ty {
                        Some(ty) => format!("{ty}::{name}"),
                        None => name.to_string(),
                    };
                    if !self.fns.iter().any(|(n, _)| *n == item) {
                        self.fns.push((
                            item,
                            FnDef {
                                node: child,
                                name_node,
                                self_ty: self_ty.map(str::to_string),
                            },
                        ));
                    }
                }
                "impl_item" => {
                    let ty = child
                        .child_by_field_name("type")
                        .map(|t| match t.kind() {
                            "generic_type" => t
                                .child_by_field_name("type")
                                .map_or("", |h| text(h, self.src)),
                            _ => text(t, self.src),
                        })
                        .map(types::last_segment)
                        .unwrap_or_default()
                        .to_string();
                    if let Some(body) = child.child_by_field_name("body") {
                        self.collect(body, Some(&ty));
                    }
                }
                "struct_item" => {
                    let Some(name) = child.child_by_field_name("name") else {
                        continue;
                    };
                    let mut fields = HashMap::new();
                    if let Some(body) = child.child_by_field_name("body") {
                        let mut c = body.walk();
                        let mut index = 0;
                        for field in body.named_children(&mut c) {
                            match field.kind() {
                                "field_declaration" => {
                                    if let (Some(n), Some(t)) = (
                                        field.child_by_field_name("name"),
                                        field.child_by_field_name("type"),
                                    ) {
                                        fields.insert(text(n, self.src).to_string(), t);
                                    }
                                }
                                "visibility_modifier"
                                | "attribute_item"
                                | "line_comment"
                                | "block_comment" => {}
                                _ => {
                                    // tuple struct: `struct Stack(Vec<i32>);`
                                    fields.insert(index.to_string(), field);
                                    index += 1;
                                }
                            }
                        }
                    }
                    self.structs
                        .insert(text(name, self.src).to_string(), fields);
                }
                "mod_item" => {
                    if let Some(body) = child.child_by_field_name("body") {
                        self.collect(body, None);
                    }
                }
                _ => {}
            }
        }
    }

    pub fn estimate_all(&self) -> Vec<ItemEstimate> {
        self.fns
            .iter()
            .map(|(item, def)| {
                let summary = self.summary(item);
                ItemEstimate {
                    item: item.clone(),
                    range: def.name_node.start_byte()..def.name_node.end_byte(),
                    time: summary.time.class,
                    space: summary.space.class,
                    confidence: summary.time.conf,
                    steps: summary.time.steps,
                    space_steps: summary.space.steps,
                    unwritten: calls_todo(def.node, self.src),
                    walks_input: summary.walks_input,
                }
            })
            .collect()
    }

    fn summary(&self, item: &str) -> Summary {
        if let Some(done) = self.memo.borrow().get(item) {
            return done.clone().unwrap_or(Summary {
                time: Part::one().lower(Confidence::Medium),
                space: Part::one(),
                params: Vec::new(),
                is_method: false,
                walks_input: None,
            });
        }
        let Some((_, def)) = self.fns.iter().find(|(n, _)| n == item) else {
            return Summary {
                time: Part::one(),
                space: Part::one(),
                params: Vec::new(),
                is_method: false,
                walks_input: None,
            };
        };
        self.memo.borrow_mut().insert(item.to_string(), None);
        let summary = Walker::new(self, def).run();
        self.memo
            .borrow_mut()
            .insert(item.to_string(), Some(summary.clone()));
        summary
    }

    /// The declared return type of a function of the file.
    fn return_ty(&self, item: &str) -> Ty {
        self.fns
            .iter()
            .find(|(n, _)| n == item)
            .and_then(|(_, def)| def.node.child_by_field_name("return_type"))
            .map_or(Ty::UNKNOWN, |t| self.ty_of_type(t))
    }

    fn has_fn(&self, item: &str) -> bool {
        self.fns.iter().any(|(n, _)| n == item)
    }

    fn is_struct(&self, name: &str) -> bool {
        self.structs.contains_key(name)
    }

    fn ty_of_type(&self, node: Node) -> Ty {
        types::from_type_node(node, self.src, &|n| self.is_struct(n))
    }

    fn field_ty(&self, strukt: &str, field: &str) -> Option<Ty> {
        let node = *self.structs.get(strukt)?.get(field)?;
        Some(self.ty_of_type(node))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Half,
    /// One side of a split at a computed position (`&mut v[..p]`).
    Split,
    Partition,
    Child,
    Decrement,
    Unknown,
}

/// Where a quicksort takes its pivot.
enum Pivot {
    /// At a position built from the bounds alone (`v[v.len() - 1]`).
    Fixed(String),
    /// At a position some other computation chose (a call, a remainder, a
    /// comparison of elements).
    Computed(String),
    Unknown,
}

struct RecCall {
    range: std::ops::Range<usize>,
    /// The largest constant subtracted from an argument (`n - 2`: 2).
    decrement: u64,
    /// What the call passes down, from its arguments' structure.
    shape: Shape,
    /// Multiplied by an enclosing loop that is not amortised.
    in_loop: bool,
    /// The `if`/`match` branches it sits in: (branching node, branch).
    path: Vec<(usize, usize)>,
}

impl RecCall {
    /// In different branches of one `if` or `match`: never both run.
    fn exclusive(&self, other: &RecCall) -> bool {
        self.path
            .iter()
            .any(|(p, c)| other.path.iter().any(|(q, d)| p == q && c != d))
    }
}

struct Walker<'a, 't> {
    file: &'a FileCtx<'t>,
    src: &'t str,
    fn_node: Node<'t>,
    /// The function's own name, and its `Type::` when it is a method.
    name: String,
    self_ty: Option<String>,
    env: Vec<(String, Val)>,
    closures: Vec<(String, Part)>,
    /// Bindings popped from a work list: loops over their neighbours are
    /// amortised.
    worklist: Vec<String>,
    /// Product of the enclosing loops' factors (for the space of pushes).
    loop_ctx: Class,
    /// Per enclosing loop: the context outside it, and whether its body
    /// skips visited items (`continue`).
    loops: Vec<(Class, bool, Option<Node<'t>>)>,
    space: Part,
    rec: Vec<RecCall>,
    params: Vec<(String, Ty)>,
    is_method: bool,
    /// Parameters the cost grows with.
    driving: Vec<String>,
    /// Closures of iterator adaptors being evaluated (an iteration).
    nest: usize,
    /// A `while` that recurses on one part and loops on the other.
    rec_loop: bool,
    /// A loop over every element of an input (see `ItemEstimate`).
    walks_input: Option<Step>,
    /// The closure being evaluated gets the lists of a collection of lists.
    items_nested: bool,
}

impl<'a, 't> Walker<'a, 't> {
    fn new(file: &'a FileCtx<'t>, def: &FnDef<'t>) -> Walker<'a, 't> {
        Walker {
            file,
            src: file.src,
            fn_node: def.node,
            name: text(def.name_node, file.src).to_string(),
            self_ty: def.self_ty.clone(),
            env: Vec::new(),
            closures: Vec::new(),
            worklist: Vec::new(),
            loop_ctx: Class::ONE,
            loops: Vec::new(),
            space: Part::one(),
            rec: Vec::new(),
            params: Vec::new(),
            is_method: false,
            driving: Vec::new(),
            nest: 0,
            rec_loop: false,
            walks_input: None,
            items_nested: false,
        }
    }

    fn t(&self, node: Node) -> &'t str {
        text(node, self.src)
    }

    fn step(&self, node: Node, text: String, kind: StepKind) -> Step {
        Step {
            range: node.start_byte()..node.end_byte(),
            text,
            kind,
        }
    }

    /// A loop's step, located at its header (`for x in v`), not its body.
    fn loop_step(&self, node: Node, text: String, factor: Class) -> Step {
        let end = node
            .child_by_field_name("body")
            .map_or(node.end_byte(), |b| b.start_byte());
        let header = self.src[node.start_byte()..end].trim_end();
        Step {
            range: node.start_byte()..node.start_byte() + header.len(),
            text,
            kind: StepKind::Loop { factor },
        }
    }

    /// A costly operation at `node`: "`seen.contains(&x)` on a Vec: O(n)".
    fn cost(&self, node: Node, what: &str, class: Class, code: &'static str) -> Part {
        if class.is_one() {
            return Part::one();
        }
        let text = format!("`{}` {what}: {class}", snippet(self.t(node)));
        Part::with_step(
            class,
            self.step(node, text, StepKind::Cost { class, code }),
            Confidence::High,
        )
    }

    fn note_space(&mut self, node: Node, what: &str, class: Class) {
        if class.is_one() {
            return;
        }
        let text = format!("`{}` {what}: {class}", snippet(self.t(node)));
        let step = self.step(node, text, StepKind::Space { class });
        let part = Part::with_step(class, step, Confidence::High);
        self.space = std::mem::replace(&mut self.space, Part::one()).seq(part);
    }

    fn run(mut self) -> Summary {
        if let Some(params) = self.fn_node.child_by_field_name("parameters") {
            let is_method = self.self_ty.is_some()
                && params
                    .named_children(&mut params.walk())
                    .any(|p| p.kind() == "self_parameter");
            self.is_method = is_method;
            let mut cursor = params.walk();
            for p in params.named_children(&mut cursor) {
                if p.kind() != "parameter" {
                    continue;
                }
                let mut ty = p
                    .child_by_field_name("type")
                    .map(|t| self.file.ty_of_type(t))
                    .unwrap_or(Ty::UNKNOWN);
                if is_method && matches!(ty.kind(), Kind::String | Kind::Str) {
                    // In a method, n is the size of the structure; a string
                    // argument is a key.
                    ty = Ty::of(Kind::Scalar);
                }
                if let Some(pat) = p.child_by_field_name("pattern") {
                    if pat.kind() == "identifier" {
                        self.params.push((self.t(pat).to_string(), ty.clone()));
                    }
                    self.bind_pattern(pat, Val::of(ty), false);
                }
            }
        }
        let Some(body) = self.fn_node.child_by_field_name("body") else {
            return Summary {
                time: Part::one(),
                space: Part::one(),
                params: Vec::new(),
                is_method: false,
                walks_input: None,
            };
        };
        let (cost, _) = self.eval(body);
        let mut time = cost.body.seq(cost.ret).seq(cost.brk);
        if !self.rec.is_empty() {
            time = self.recursion(time);
            self.driving = self.params.iter().map(|p| p.0.clone()).collect();
        }
        if self.driving.is_empty() && !time.class.is_one() {
            // The cost comes from the parameters by way of locals: count
            // every parameter as driving it.
            self.driving = self.params.iter().map(|p| p.0.clone()).collect();
        }
        let params = self
            .params
            .iter()
            .map(|(n, t)| (n.clone(), t.clone(), self.driving.contains(n)))
            .collect();
        Summary {
            time,
            space: self.space,
            params,
            is_method: self.is_method,
            walks_input: self.walks_input,
        }
    }

    // ---------------------------------------------------------------- env

    fn bind(&mut self, name: &str, mut val: Val) {
        val.depth = self.loops.len();
        if val.bound.is_some() {
            // Filled elsewhere (`helper(&mut v)`) or replaced (`v = …`):
            // its size is not known from its pushes.
            let body = Code::of(Some(self.fn_node), self.src);
            if body.lends_mut(name) || body.assigned(name) {
                val.bound = None;
            }
        }
        self.env.push((name.to_string(), val));
    }

    /// A push into a local collection inside loops of product `grow`.
    fn grow_bound(&mut self, name: &str, grow: Class) {
        if let Some((_, v)) = self.env.iter_mut().rev().find(|(n, _)| n == name) {
            if let Some(b) = v.bound {
                v.bound = Some(b.max(grow));
            }
        }
    }

    fn lookup(&self, name: &str) -> Option<&Val> {
        self.env
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    /// Binds every identifier of a pattern; a plain `x`, `&x`, `mut x`
    /// gets `val`, parts of tuples and structs get unknown types.
    fn bind_pattern(&mut self, pat: Node, val: Val, local: bool) {
        match pat.kind() {
            "identifier" => {
                let mut val = val;
                val.local = local;
                self.bind(self.t(pat), val);
            }
            "reference_pattern" | "mut_pattern" | "ref_pattern" => {
                if let Some(inner) =
                    pat.named_child(pat.named_child_count().saturating_sub(1) as u32)
                {
                    self.bind_pattern(inner, val, local);
                }
            }
            _ => {
                for name in identifiers(pat, self.src) {
                    let mut part = if val.elem {
                        Val::elem(Ty::UNKNOWN)
                    } else {
                        Val::unknown()
                    };
                    part.node_list = val.node_list;
                    self.bind(name, part);
                }
            }
        }
    }

    /// Inside a loop, or a closure run per element.
    fn in_iteration(&self) -> bool {
        !self.loops.is_empty() || self.nest > 0
    }

    /// Parameters named in `code` drive the cost (only collections when
    /// `collections_only`: a number used inside a loop body is not a bound).
    fn mark_driving(&mut self, code: &str, collections_only: bool) {
        for (name, ty) in &self.params {
            if collections_only && !(ty.is_sized() || ty.kind() == &Kind::Unknown) {
                continue;
            }
            if mentions(code, name) && !self.driving.contains(name) {
                self.driving.push(name.clone());
            }
        }
    }

    // ---------------------------------------------------------- expressions

    fn eval(&mut self, node: Node<'t>) -> (Cost, Val) {
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
                let mut val = Val::of(ty);
                val.elem = base.elem && !val.ty.is_sized();
                // A list held by one element of a collection (the children
                // of a node of an arena).
                val.node_list = base.elem && val.ty.is_sized();
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
                    Kind::Wrapper => val.ty.args.first().cloned().unwrap_or(Ty::UNKNOWN),
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
                for &child in &children {
                    cost = cost.seq(self.eval(child).0);
                }
                let len = match children.as_slice() {
                    [start, end] if self.small(*end) && self.small(*start) => Class::ONE,
                    [start, end] if self.offset_of(*start, *end) => Class::ONE,
                    [end] if self.small(*end) && !self.t(node).ends_with("..") => Class::ONE,
                    _ => Class::N,
                };
                let mut val = Val::iter(len);
                val.ty = Ty::of(Kind::Range);
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

    fn self_type(&self) -> Ty {
        match &self.self_ty {
            Some(name) if self.file.is_struct(name) => Ty::of(Kind::Named(name.clone())),
            _ => Ty::UNKNOWN,
        }
    }

    fn let_decl(&mut self, node: Node<'t>) -> Cost {
        let value = node.child_by_field_name("value");
        let mut cost = Cost::one();
        let mut val = Val::unknown();
        if let Some(v) = value {
            if v.kind() == "closure_expression" {
                let part = self.closure_body(v, None);
                if let Some(p) = node.child_by_field_name("pattern") {
                    let name = self.t(p).trim_start_matches("mut ").trim().to_string();
                    self.closures.push((name, part));
                }
                return Cost::one();
            }
            let (c, vv) = self.eval(v);
            cost = c;
            val = vv;
        }
        if let Some(t) = node.child_by_field_name("type") {
            let ty = self.file.ty_of_type(t);
            if ty.kind != Kind::Unknown {
                val.ty = ty;
            }
        }
        if let Some(alt) = node.child_by_field_name("alternative") {
            cost = cost.seq(self.eval(alt).0.into_ret());
        }
        if let Some(p) = node.child_by_field_name("pattern") {
            self.bind_pattern(p, val, true);
        }
        cost
    }

    /// The cost of one call of a closure. `items`: it is passed the items of
    /// an iterator (after an accumulator, for `fold`), which are elements,
    /// as the items of a `for` loop are.
    fn closure_body(&mut self, closure: Node<'t>, items: Option<&str>) -> Part {
        let mark = self.env.len();
        if let Some(params) = closure.child_by_field_name("parameters") {
            let accumulator = matches!(items, Some("fold" | "try_fold" | "rfold" | "scan"));
            let mut cursor = params.walk();
            for (k, param) in params.named_children(&mut cursor).enumerate() {
                let item = items.is_some() && !(accumulator && k == 0);
                for name in identifiers(param, self.src) {
                    let mut val = if item {
                        Val::elem(Ty::UNKNOWN)
                    } else {
                        Val::unknown()
                    };
                    val.node_list = item && self.items_nested;
                    self.bind(name, val);
                }
            }
        }
        let part = match closure.child_by_field_name("body") {
            Some(body) => {
                let c = self.eval(body).0;
                c.body.seq(c.ret).seq(c.brk)
            }
            None => Part::one(),
        };
        self.env.truncate(mark);
        part
    }

    fn if_expr(&mut self, node: Node<'t>) -> (Cost, Val) {
        let mark = self.env.len();
        let mut cost = Cost::one();
        if let Some(cond) = node.child_by_field_name("condition") {
            cost = self.condition(cond);
        }
        let mut branches = Cost::one();
        let mut val = Val::unknown();
        let refill = node
            .child_by_field_name("condition")
            .zip(node.child_by_field_name("consequence"))
            .and_then(|(c, t)| self.refill(c, t));
        if let Some(then) = node.child_by_field_name("consequence") {
            if let Some(field) = refill {
                // Runs only once `field` is empty, and moves into it what
                // other operations added: each element once.
                let _ = self.eval(then);
                let _ = field;
                branches = branches.seq(Cost::of(Part::one().lower(Confidence::Medium)));
            } else if self.divergence(then).is_none() {
                let (c, v) = self.eval(then);
                branches = branches.seq(c);
                val = v;
            } else {
                branches = branches.seq(self.branch(then));
            }
        }
        self.env.truncate(mark);
        if let Some(alt) = node.child_by_field_name("alternative") {
            if let Some(inner) = alt.named_child(0) {
                branches = branches.seq(self.branch(inner));
            }
        }
        (cost.seq(branches), val)
    }

    /// `if self.out.is_empty() { …self.in… }` in a method: the branch
    /// refills one field of the structure from another (swap, drain,
    /// append, pop/push), so every element added is moved once. The field.
    fn refill(&self, cond: Node, then: Node) -> Option<String> {
        self.self_ty.as_ref()?;
        let c = self.t(cond).trim();
        let field = c.strip_suffix(".is_empty()")?;
        if !field.starts_with("self.") || field.contains('(') {
            return None;
        }
        let body = self.t(then);
        let other = words_with_fields(body)
            .into_iter()
            .any(|w| w.starts_with("self.") && w != field && !field.starts_with(&format!("{w}.")));
        let moves = ["swap(", "drain(", "append(", ".pop()", "take("]
            .iter()
            .any(|m| body.contains(m));
        (other && moves).then(|| field.to_string())
    }

    /// `let` conditions bind; plain conditions are evaluated.
    fn condition(&mut self, cond: Node<'t>) -> Cost {
        match cond.kind() {
            "let_condition" => {
                let (cost, val) = match cond.child_by_field_name("value") {
                    Some(v) => self.eval(v),
                    None => (Cost::one(), Val::unknown()),
                };
                if let Some(p) = cond.child_by_field_name("pattern") {
                    // `Some(x)` unwraps an Option of the value's element.
                    let mut inner = match val.ty.kind {
                        Kind::Wrapper => {
                            Val::elem(val.ty.args.first().cloned().unwrap_or(Ty::UNKNOWN))
                        }
                        _ => Val::elem(Ty::UNKNOWN),
                    };
                    inner.node_list = val.node_list;
                    let target = if p.kind() == "tuple_struct_pattern" && p.named_child_count() == 2
                    {
                        p.named_child(1).unwrap_or(p)
                    } else {
                        p
                    };
                    self.bind_pattern(target, inner, false);
                }
                cost
            }
            "let_chain" => {
                let mut cost = Cost::one();
                let mut cursor = cond.walk();
                for child in cond.named_children(&mut cursor) {
                    cost = cost.seq(self.condition(child));
                }
                cost
            }
            _ => self.eval(cond).0,
        }
    }

    /// A branch that ends in `return`, `break` or a panic happens at most
    /// once per call (per loop), so it is not multiplied by loops.
    fn diverging(&self, branch: Node, cost: Cost) -> Cost {
        match self.divergence(branch) {
            Some("return") => cost.into_ret(),
            Some("break") => cost.into_brk(),
            _ => cost,
        }
    }

    fn divergence(&self, node: Node) -> Option<&'static str> {
        match node.kind() {
            "return_expression" => Some("return"),
            "break_expression" => Some("break"),
            "macro_invocation" => {
                let name = node.child_by_field_name("macro").map_or("", |m| self.t(m));
                matches!(name, "panic" | "unreachable" | "todo" | "unimplemented")
                    .then_some("return")
            }
            "expression_statement" => node.named_child(0).and_then(|e| self.divergence(e)),
            "block" => {
                let mut i = node.named_child_count() as u32;
                while i > 0 {
                    i -= 1;
                    let child = node.named_child(i)?;
                    if matches!(child.kind(), "line_comment" | "block_comment") {
                        continue;
                    }
                    return self.divergence(child);
                }
                None
            }
            _ => None,
        }
    }

    /// The iterated value is an input, whole: a parameter, a field of
    /// `self` (or an element of one, a level of a tree), through borrows,
    /// iterator adaptors and `0..x.len()`.
    fn input_rooted(&self, node: Node) -> bool {
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

    fn match_expr(&mut self, node: Node<'t>) -> (Cost, Val) {
        let mut cost = match node.child_by_field_name("value") {
            Some(v) => self.eval(v).0,
            None => Cost::one(),
        };
        let mut arms = Cost::one();
        if let Some(body) = node.child_by_field_name("body") {
            let mut cursor = body.walk();
            for arm in body.named_children(&mut cursor) {
                if arm.kind() != "match_arm" {
                    continue;
                }
                let mark = self.env.len();
                if let Some(p) = arm.child_by_field_name("pattern") {
                    for name in identifiers(p, self.src) {
                        self.bind(name, Val::unknown());
                    }
                }
                if let Some(v) = arm.child_by_field_name("value") {
                    arms = arms.seq(self.branch(v));
                }
                self.env.truncate(mark);
            }
        }
        cost = cost.seq(arms);
        (cost, Val::unknown())
    }

    fn assignment(&mut self, node: Node<'t>) -> Cost {
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

    // ---------------------------------------------------------------- loops

    fn for_loop(&mut self, node: Node<'t>) -> Cost {
        let Some(value) = node.child_by_field_name("value") else {
            return Cost::one();
        };
        let (setup, val) = self.eval(value);
        let header = header_text(node, self.src);
        let iter_text = self.t(value);
        let (mut factor, mut conf) = match val.iter {
            Some(len) => (len, Confidence::High),
            None => match val.ty.kind() {
                Kind::Array => (Class::ONE, Confidence::High),
                Kind::Unknown | Kind::Wrapper | Kind::Named(_) => (Class::N, Confidence::Medium),
                _ => (Class::N, Confidence::High),
            },
        };
        if matches!(value.kind(), "array_expression") {
            factor = Class::ONE;
        }
        let body = node.child_by_field_name("body");
        let mut note = format!("`{header}` ×{}", factor_text(factor));
        if !factor.is_one() {
            let amortised_worklist = self.worklist.iter().any(|w| mentions(iter_text, w));
            // The list of the node being visited, walked once per visit.
            let per_node = matches!(
                peel(value, self.src).kind(),
                "field_expression" | "index_expression"
            ) && !iter_text.trim_start_matches('&').starts_with("self.")
                || iter_text.trim_start_matches('&').starts_with("self.")
                    && body.is_some_and(|b| self.calls_other_self(b));
            let amortised_recursion = (per_node && body.is_some_and(|b| self.calls_self(b)))
                || (val.node_list && self.in_iteration());
            if amortised_worklist || amortised_recursion {
                factor = Class::ONE;
                conf = conf.min(Confidence::Medium);
                note = format!(
                    "`{header}` ×1 amortised: over the whole {} each edge is followed once",
                    if amortised_worklist {
                        "work list"
                    } else {
                        "traversal"
                    }
                );
            }
        }
        let step = self.loop_step(node, note, factor);
        if factor == Class::N
            && conf == Confidence::High
            && self.walks_input.is_none()
            && self.input_rooted(value)
            && body.is_none_or(|b| !exits_early(b, false))
        {
            self.walks_input = Some(step.clone());
        }
        let mark = self.env.len();
        let mut elem = match val.iter {
            Some(_) if val.ty.kind == Kind::Range => Val::of(Ty::of(Kind::Scalar)),
            Some(_) => Val::elem(Ty::UNKNOWN),
            None => Val::elem(val.ty.element()),
        };
        elem.node_list = val.nested || (val.iter.is_none() && val.ty.element().is_sized());
        if !factor.is_one() {
            let bound = self.iteration_bound(value);
            self.mark_driving(bound, false);
        }
        if let Some(p) = node.child_by_field_name("pattern") {
            self.bind_pattern(p, elem, false);
        }
        let body_cost = self.loop_body(body, factor);
        self.env.truncate(mark);
        let per = val.per.clone();
        self.assemble(setup, body_cost, per, factor, step, conf)
    }

    fn loop_body(&mut self, body: Option<Node<'t>>, factor: Class) -> Cost {
        let saved = self.loop_ctx;
        let guarded = Code::of(body, self.src).has_kind("continue_expression");
        self.loops.push((saved, guarded, body));
        self.loop_ctx = saved.times(factor);
        let cost = match body {
            Some(b) => self.eval(b).0,
            None => Cost::one(),
        };
        self.loop_ctx = saved;
        self.loops.pop();
        cost
    }

    /// Evaluates a branch; one that returns or breaks runs once, so what it
    /// allocates is not multiplied by the loops it leaves.
    fn branch(&mut self, node: Node<'t>) -> Cost {
        let saved = self.loop_ctx;
        match self.divergence(node) {
            Some("return") => self.loop_ctx = Class::ONE,
            Some(_) => {
                if let Some(&(outside, _, _)) = self.loops.last() {
                    self.loop_ctx = outside;
                }
            }
            None => {}
        }
        let cost = self.eval(node).0;
        self.loop_ctx = saved;
        self.diverging(node, cost)
    }

    /// setup once + factor × (body + per-iteration work) + breaks once.
    fn assemble(
        &self,
        setup: Cost,
        body: Cost,
        per_iter: Part,
        factor: Class,
        step: Step,
        conf: Confidence,
    ) -> Cost {
        let per = body.body.seq(per_iter);
        let repeated = per.times(factor, step, conf).seq(body.brk);
        Cost {
            body: setup.body.seq(repeated),
            ret: setup.ret.seq(body.ret),
            brk: setup.brk,
        }
    }

    fn while_loop(&mut self, node: Node<'t>) -> Cost {
        let header = header_text(node, self.src);
        let body = node.child_by_field_name("body");
        let body_text = body.map_or("", |b| self.t(b));
        let Some(cond) = node.child_by_field_name("condition") else {
            return Cost::one();
        };
        let mark = (self.env.len(), self.worklist.len());
        let (mut factor, mut conf, mut why, worklist) = self.while_factor(cond, body);
        if why.contains("assumed") && self.batch_loop(body) {
            (factor, conf, why) = batched();
        }
        if body.is_some_and(|b| self.calls_self(b)) {
            // Recurse on one part, loop on the other (quicksort's bounded
            // stack): each iteration is one more call of the recursion.
            factor = Class::ONE;
            conf = conf.min(Confidence::Medium);
            why =
                " (loops on one part and recurses on the other: counted with the recursion)".into();
            self.rec_loop = true;
        }
        if let Some(list) = &worklist {
            // A work list shared with an enclosing loop: all its pops, over
            // the whole function, are bounded by the pushes.
            let declared_outside = self
                .lookup(list)
                .is_some_and(|v| v.depth < self.loops.len());
            let guarded = self.loops.last().is_some_and(|l| l.1);
            if !self.loops.is_empty() && (declared_outside || guarded) {
                factor = Class::ONE;
                conf = conf.min(Confidence::Medium);
                why = " amortised: each element enters the work list once over the whole function"
                    .into();
            }
        }
        if !factor.is_one() {
            let cond_text = self.t(cond);
            self.mark_driving(cond_text, false);
            self.mark_driving(body_text, true);
        }
        // The condition is evaluated every iteration.
        let per_iteration = usize::from(!factor.is_one());
        self.nest += per_iteration;
        let cond_cost = self.condition(cond);
        self.nest -= per_iteration;
        if cond.kind() == "let_condition" && worklist.is_some() {
            if let Some(p) = cond.child_by_field_name("pattern") {
                for name in identifiers(p, self.src) {
                    self.worklist.push(name.to_string());
                }
            }
        }
        if worklist.is_some() {
            // `let u = queue.remove(0);` inside `while !queue.is_empty()`.
            for name in popped_bindings(body, self.src) {
                self.worklist.push(name);
            }
        }
        let step = self.loop_step(
            node,
            format!("`{header}` ×{}{why}", factor_text(factor)),
            factor,
        );
        let body_cost = self.loop_body(body, factor);
        self.env.truncate(mark.0);
        // After `while v.len() > K`, `v` holds at most K elements.
        if let Some(cond) = node.child_by_field_name("condition") {
            let text = self.t(cond);
            if let Some((lhs, rhs)) = text.split_once(".len() >") {
                let bound = rhs.trim_start_matches('=').trim();
                if is_ident(lhs.trim()) && (small_text(bound) || is_const_name(bound)) {
                    let name = lhs.trim();
                    let mut val = self.lookup(name).cloned().unwrap_or_else(Val::unknown);
                    val.ty = Ty::of(Kind::Array);
                    val.elem = true;
                    self.bind(name, val);
                }
            }
        }
        self.worklist.truncate(mark.1);
        let per_iter = cond_cost.body.clone();
        let cond_once = Cost {
            body: Part::one(),
            ..cond_cost
        };
        self.assemble(cond_once, body_cost, per_iter, factor, step, conf)
    }

    /// How many times a `while` runs, why we think so, and the work list it
    /// drains (if it is one).
    fn while_factor(
        &self,
        cond: Node<'t>,
        body_node: Option<Node<'t>>,
    ) -> (Class, Confidence, String, Option<String>) {
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
                    if recv.starts_with("self.")
                        && self.self_ty.is_some()
                        && !body.contains(&format!("{recv}.push"))
                        && !body.contains(&format!("{recv}.insert"))
                    {
                        return (
                            Class::ONE,
                            Confidence::Medium,
                            " amortised: each element is moved out once, so over many operations this costs O(1) per operation".into(),
                            None,
                        );
                    }
                    return (
                        Class::N,
                        Confidence::High,
                        WORK.into(),
                        Some(recv.to_string()),
                    );
                }
                if m == "next" {
                    return (Class::N, Confidence::High, " (iterator)".into(), None);
                }
            }
            if value.is_some_and(|v| matches!(v.kind(), "identifier" | "field_expression")) {
                return (
                    Class::N,
                    Confidence::High,
                    " (walks a linked structure)".into(),
                    None,
                );
            }
            return (
                Class::N,
                Confidence::Medium,
                " (assumed to grow with n)".into(),
                None,
            );
        }
        if waits(self.t(cond), body) {
            return (Class::ONE, Confidence::Medium, WAITS.into(), None);
        }
        // Every round removes an element of the collection the condition
        // tests (expiry from the front, a ring buffer's count): it runs at
        // most as often as elements were added.
        if let Some(list) = drained(self.t(cond), body) {
            if list.starts_with("self.") && self.self_ty.is_some() {
                return (
                    Class::ONE,
                    Confidence::Medium,
                    format!(" amortised: each round removes an element of `{list}`, which was added once, so over many operations this costs O(1) per operation"),
                    None,
                );
            }
            return (Class::N, Confidence::High, WORK.into(), Some(list));
        }
        if self.halving_levels(cond, body) {
            return (
                Class::ONE,
                Confidence::High,
                " (each pass builds a level at most half the size of the last, so all passes add up to about twice the first)".into(),
                None,
            );
        }
        if let Some(cap) = self.capped(cond, body_node) {
            return (
                Class::ONE,
                Confidence::High,
                format!(" (at most {cap} steps from where it started)"),
                None,
            );
        }
        let cond_text = self.t(cond);
        for pattern in [".is_empty()", ".len() > 0", ".len() != 0"] {
            if let Some(at) = cond_text.find(pattern) {
                let recv = cond_text[..at].trim_start_matches('!').trim();
                return (
                    Class::N,
                    Confidence::High,
                    WORK.into(),
                    Some(recv.to_string()),
                );
            }
        }
        let code = Code::of(body_node, self.src);
        let conds = Code::of(Some(cond), self.src);
        let (f, c, mut w, mut forward) = self.bound_factor(&conds, &code);
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
                        return (
                            Class::ONE,
                            Confidence::High,
                            format!(" amortised: `{v}` starts at `{x}`, which then jumps to where `{v}` stopped, so these steps add up to n over the whole enclosing loop"),
                            None,
                        );
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
            return (
                Class::ONE,
                Confidence::Medium,
                " amortised: the pointer only moves forward, n steps over the whole enclosing loop"
                    .into(),
                None,
            );
        }
        (f, c, w, None)
    }

    /// The code an iteration's length grows with: all of it, except that a
    /// `zip` stops with its shorter side, so when the zipped argument
    /// mentions a parameter, that argument alone bounds it.
    fn iteration_bound(&self, iter: Node) -> &'t str {
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
    fn capped(&self, cond: Node, body: Option<Node<'t>>) -> Option<&'t str> {
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
    /// condition's variables; also the variables that only move forward.
    fn bound_factor(
        &self,
        cond: &Code<'t>,
        body: &Code<'t>,
    ) -> (Class, Confidence, String, Vec<String>) {
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
            return (
                Class::ONE,
                Confidence::Medium,
                " (the range shrinks by a constant fraction on average: the passes sum to about two of the first)".into(),
                Vec::new(),
            );
        }
        if body.halves() {
            return (
                Class::LOG,
                Confidence::High,
                " (halves the range each time)".into(),
                Vec::new(),
            );
        }
        if body.has_compound("/=") {
            return (
                Class::LOG,
                Confidence::High,
                " (divides each time: one step per digit)".into(),
                Vec::new(),
            );
        }
        // `let left = 2 * i + 1; … i = child;`: a path down an implicit tree.
        for w in body.idents() {
            if body.doubles(w) && body.assigned(w) && body.let_init(w).is_none() {
                return (
                    Class::LOG,
                    Confidence::High,
                    " (the index doubles: one path down a tree)".into(),
                    Vec::new(),
                );
            }
        }
        // Quickselect: both ends of the range move to a partition's result.
        if narrowing {
            return (
                Class::LOG,
                Confidence::Medium,
                " (the range shrinks each time)".into(),
                Vec::new(),
            );
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
                return (
                    Class::ONE,
                    Confidence::Medium,
                    " per chunk: the chunks it steps through add up to the whole input".into(),
                    Vec::new(),
                );
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
            return (
                Class::N,
                Confidence::High,
                " (two pointers converge)".into(),
                Vec::new(),
            );
        }
        if cond.has_binary(&["*"]) {
            // `while i * i <= n`: √n, counted as n (rounded up).
            return (
                Class::N,
                Confidence::Low,
                " (√n, rounded up to n)".into(),
                forward,
            );
        }
        if assigned {
            return (Class::N, Confidence::High, String::new(), forward);
        }
        (
            Class::N,
            Confidence::Medium,
            " (assumed to grow with n)".into(),
            Vec::new(),
        )
    }

    /// A loop that fetches a batch and walks it (`let batch = …; for x in
    /// &batch`): the batches split the input, so the inner loop is what
    /// grows with n.
    fn batch_loop(&self, body: Option<Node>) -> bool {
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

    fn loop_loop(&mut self, node: Node<'t>) -> Cost {
        let header = "loop".to_string();
        let body = node.child_by_field_name("body");
        let body_text = body.map_or("", |b| self.t(b));
        let mark = self.worklist.len();
        let (mut factor, mut conf, mut why) = if waits("", body_text) {
            (Class::ONE, Confidence::Medium, WAITS.to_string())
        } else if body_text.contains(".pop")
            && (body_text.contains("else { break") || body_text.contains("None => break"))
        {
            for name in popped_bindings(body, self.src) {
                self.worklist.push(name);
            }
            (
                Class::N,
                Confidence::High,
                " work list: every element is pushed and popped once".to_string(),
            )
        } else {
            // The loop goes on while none of its exits is taken: the
            // conditions of `if … { break }` / `if … { return … }`.
            let exits = Code::many(self.exit_conditions(body), self.src);
            let code = Code::of(body, self.src);
            let (mut f, mut c, mut w, _) = self.bound_factor(&exits, &code);
            if w.is_empty() {
                // Only a recognised shape of the exits (converging
                // pointers, halving) bounds a `loop`; an exit on some value
                // the body computes does not.
                (f, c, w, _) = self.bound_factor(&Code::many(Vec::new(), self.src), &code);
            }
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
            (factor, conf, why) = batched();
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

    /// `while level.len() > 1 { … }` whose body builds the next level by
    /// walking this one in strides of two or more (`chunks(2)`,
    /// `step_by(2)`, `k += 2`): the levels shrink geometrically.
    fn halving_levels(&self, cond: Node, body: &str) -> bool {
        if cond.kind() != "binary_expression" {
            return false;
        }
        let op = cond
            .child_by_field_name("operator")
            .map_or("", |o| self.t(o));
        let (Some(l), Some(r)) = (
            cond.child_by_field_name("left"),
            cond.child_by_field_name("right"),
        ) else {
            return false;
        };
        if !matches!(op, ">" | ">=" | "!=") || !self.small(r) || !self.t(l).ends_with(".len()") {
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

    /// The conditions of the top-level `if C { break }` / `if C { return }`
    /// of a loop body, joined with `||`.
    fn exit_conditions(&self, body: Option<Node<'t>>) -> Vec<Node<'t>> {
        let Some(body) = body else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut cursor = body.walk();
        for stmt in body.named_children(&mut cursor) {
            let e = if stmt.kind() == "expression_statement" {
                stmt.named_child(0)
            } else {
                Some(stmt)
            };
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

    // ---------------------------------------------------------------- calls

    fn call(&mut self, node: Node<'t>) -> (Cost, Val) {
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
                    Kind::Wrapper | Kind::Scalar | Kind::Unknown => Ty::UNKNOWN,
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
                        if sized {
                            let class = Class::N;
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

    fn eval_args(&mut self, args: Option<Node<'t>>) -> Cost {
        self.eval_args_vals(args).0
    }

    fn eval_args_vals(&mut self, args: Option<Node<'t>>) -> (Cost, Vec<(Node<'t>, Val)>) {
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
    fn small_arg(&self, node: Node, val: &Val, param: &Ty) -> bool {
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
    fn callee(&mut self, node: Node, item: &str, args: Option<&[(Node<'t>, Val)]>) -> Part {
        let summary = self.file.summary(item);
        let class = summary.time.class;
        if class.is_one() {
            return Part::one().lower(summary.time.conf);
        }
        if let Some(args) = args.filter(|a| a.len() == summary.params.len()) {
            let driving: Vec<usize> = (0..args.len()).filter(|&i| summary.params[i].2).collect();
            if !summary.is_method && !driving.is_empty() {
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
    fn charge_call(&self, node: Node, cost: Cost, mut part: Part) -> Cost {
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
    fn skip_mark(&self, call: Node) -> Option<(String, String)> {
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
    fn conjuncts<'n>(&self, node: Node<'n>, out: &mut Vec<Node<'n>>) {
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
    fn reached(&self, node: Node) -> Option<(&'t str, &'t str)> {
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

    fn record_rec(&mut self, node: Node, args: Option<Node>) {
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
        let shape = self.call_shape(args);
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
    fn call_shape(&self, args: Option<Node>) -> Shape {
        let Some(args) = args else {
            return Shape::Unknown;
        };
        let shapes: Vec<Shape> = args
            .named_children(&mut args.walk())
            .map(|a| self.arg_shape(a))
            .collect();
        for s in [Shape::Split, Shape::Half, Shape::Child, Shape::Decrement] {
            if shapes.contains(&s) {
                return s;
            }
        }
        Shape::Unknown
    }

    fn arg_shape(&self, arg: Node) -> Shape {
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
                } else if base.id() != node.id() && self.t(node).contains('-') {
                    Shape::Decrement
                } else if base.kind() == "identifier" && self.bound_to_field(self.t(base)) {
                    Shape::Child
                } else {
                    Shape::Unknown
                }
            }
        }
    }

    /// A part of `let (a, b) = v.split_at_mut(k)`: a half when `k` halves,
    /// n − 1 for `split_first`, else one side of a computed split.
    fn split_shape(&self, name: &str) -> Option<Shape> {
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

    /// `x / 2`, `x >> 1`, or a variable defined as one.
    fn halving(&self, node: Node) -> bool {
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
    fn doubled(&self, node: Node, depth: usize) -> bool {
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
    fn bound_to_field(&self, name: &str) -> bool {
        self.def_nodes(name).iter().any(|d| {
            let p = peel(*d, self.src);
            p.kind() == "field_expression"
                && p.child_by_field_name("value")
                    .is_some_and(|v| self.t(v) != "self")
        })
    }

    /// The expressions a variable is bound or assigned to in the function.
    fn defs(&self, name: &str) -> Vec<&'t str> {
        self.def_nodes(name)
            .into_iter()
            .map(|n| self.t(n))
            .collect()
    }

    fn def_nodes(&self, name: &str) -> Vec<Node<'t>> {
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
    fn calls_other_self(&self, node: Node) -> bool {
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

    fn calls_self(&self, node: Node) -> bool {
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

    fn macro_call(&mut self, node: Node<'t>) -> (Cost, Val) {
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
    fn method_call(
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
        // The same method on another value of the type (a child node).
        if recv_text != "self"
            && !recv_text.starts_with("self.")
            && method == self.name
            && self.self_ty.as_ref().is_some_and(|ty| {
                self.file.has_fn(&format!("{ty}::{method}"))
                    && matches!(recv.ty.kind(), Kind::Unknown | Kind::Named(_))
                    && recv.ty.kind() != &Kind::Named(String::new())
                    && match recv.ty.kind() {
                        Kind::Named(o) => o == ty,
                        _ => true,
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
                let cost = recv_cost.seq(self.eval_args(args));
                let part = self.callee(node, &item, None);
                let cost = self.charge_call(node, cost, part);
                return (cost, Val::unknown());
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

    #[allow(clippy::too_many_arguments)]
    fn price(
        &mut self,
        node: Node<'t>,
        method: &str,
        recv: &Val,
        recv_node: Node<'t>,
        args: &[Node<'t>],
        arg_vals: &[Val],
        closure: Part,
        turbofish: Option<Node<'t>>,
    ) -> (Part, Val) {
        let kind = recv.ty.kind().clone();
        let n_if_sized = |class: Class| {
            if recv.size().is_one() {
                Class::ONE
            } else {
                class
            }
        };
        let first = args.first().map_or("", |a| self.t(*a));
        let local_recv = recv.local && !self.t(recv_node).starts_with("self");
        if recv.bound.is_some() && recv_node.kind() == "identifier" && !tracked_method(method) {
            // Grown some way whose size we do not follow: n-sized from now on.
            let name = self.t(recv_node);
            if let Some((_, v)) = self.env.iter_mut().rev().find(|(n, _)| n == name) {
                v.bound = None;
            }
        }

        // ---- iterators: adaptors and consumers
        if let Some(len) = recv.iter {
            let mut next = recv.clone();
            next.local = false;
            match method {
                "map" | "filter" | "filter_map" | "flat_map" | "inspect" | "skip_while"
                | "take_while" | "map_while" | "scan" | "for_each_adaptor" => {
                    next.per = next.per.seq(closure);
                    return (Part::one(), next);
                }
                "enumerate" | "rev" | "skip" | "step_by" | "copied" | "cloned" | "peekable"
                | "fuse" | "flatten" | "by_ref" | "chain" | "zip" => {
                    if method == "zip" {
                        // Zipped with a collection of lists: items carry lists.
                        next.nested |= arg_vals
                            .first()
                            .is_some_and(|v| v.nested || v.ty.element().is_sized());
                    }
                    if matches!(method, "zip" | "chain") {
                        if let Some(other) = arg_vals.first() {
                            next.per = next.per.seq(other.per.clone());
                        }
                    }
                    // A zip is as long as its shorter side.
                    if method == "zip"
                        && args.first().zip(arg_vals.first()).is_some_and(|(a, v)| {
                            v.iter
                                .map_or(v.ty.kind() == &Kind::Array || self.small(*a), |l| {
                                    l.is_one()
                                })
                        })
                    {
                        next.iter = Some(Class::ONE);
                    }
                    return (Part::one(), next);
                }
                "take" => {
                    if args.first().is_some_and(|a| self.small(*a)) {
                        next.iter = Some(Class::ONE);
                    }
                    return (Part::one(), next);
                }
                "next" | "next_back" | "peek" => {
                    return (recv.per.clone().seq(closure), Val::unknown());
                }
                _ => {}
            }
            let consumer = matches!(
                method,
                "count"
                    | "sum"
                    | "product"
                    | "max"
                    | "min"
                    | "max_by"
                    | "min_by"
                    | "max_by_key"
                    | "min_by_key"
                    | "last"
                    | "fold"
                    | "for_each"
                    | "try_for_each"
                    | "reduce"
                    | "all"
                    | "any"
                    | "find"
                    | "find_map"
                    | "position"
                    | "rposition"
                    | "collect"
                    | "unzip"
                    | "partition"
                    | "nth"
                    | "eq"
                    | "cmp"
                    | "try_fold"
                    | "is_sorted"
                    | "rfind"
                    | "ne"
                    | "lt"
            );
            if consumer {
                let per = recv.per.clone().seq(closure);
                let (what, code) = match method {
                    "all" | "any" | "find" | "find_map" | "position" | "rposition" | "rfind" => {
                        ("searches every element", "linear-search")
                    }
                    "collect" | "unzip" | "partition" => ("collects every element", "collect"),
                    "nth" if recv.chars => ("walks the characters from the start", "chars-nth"),
                    _ => ("walks every element", "linear-scan"),
                };
                let walk = self.cost(node, what, len, code);
                let part = if len.is_one() {
                    per
                } else {
                    let step = walk.steps.first().cloned();
                    match step {
                        Some(step) => per.times(len, step, Confidence::High),
                        None => per,
                    }
                };
                let mut val = Val::unknown();
                if method == "collect" || method == "unzip" || method == "partition" {
                    self.note_space(node, "collects the elements", len);
                    val.ty = turbofish
                        .and_then(|t| t.named_child(0))
                        .map(|t| self.file.ty_of_type(t))
                        .unwrap_or(Ty::UNKNOWN);
                    if val.ty.kind == Kind::Unknown && !len.is_one() {
                        // Typed later by the `let` annotation; n-sized anyway.
                        val.ty = Ty::of(Kind::Vec);
                    }
                    val.local = true;
                }
                return (part, val);
            }
        }

        match method {
            // ---- iterator sources
            "iter" | "iter_mut" | "into_iter" | "chars" | "bytes" | "char_indices" | "keys"
            | "values" | "values_mut" | "into_keys" | "into_values" | "lines"
            | "split_whitespace" | "split" | "windows" | "chunks" | "chunks_exact" | "drain"
            | "split_terminator" | "matches" | "rsplit" | "split_ascii_whitespace"
            | "encode_utf16" => {
                let len = match kind {
                    Kind::Array | Kind::Scalar => Class::ONE,
                    Kind::Range => recv.iter.unwrap_or(Class::N),
                    _ if recv.ty.is_sized() => recv.size(),
                    _ => Class::N,
                };
                let amortised = !len.is_one() && self.in_iteration() && recv.node_list;
                let len = if amortised { Class::ONE } else { len };
                let mut val = Val::iter(len);
                val.node_list = recv.node_list;
                val.nested = recv.ty.element().is_sized();
                val.chars = matches!(method, "chars" | "bytes" | "char_indices");
                (Part::one(), val)
            }
            "range" if matches!(kind, Kind::BTreeMap | Kind::BTreeSet) => (
                self.cost(node, "finds the start (O(log n)), then yields the k keys in range, charged to the output", Class::LOG, "btree"),
                Val::iter(Class::ONE),
            ),
            // ---- membership and lookup
            "contains" => match kind {
                Kind::Vec | Kind::Slice | Kind::VecDeque | Kind::LinkedList => (
                    self.cost(node, &format!("on {}", recv.ty.name()), Class::N, "vec-contains"),
                    Val::unknown(),
                ),
                Kind::String | Kind::Str => (
                    self.cost(node, "searches the string", Class::N, "linear-search"),
                    Val::unknown(),
                ),
                Kind::BTreeMap | Kind::BTreeSet => (
                    self.cost(node, &format!("on {}", recv.ty.name()), Class::LOG, "btree"),
                    Val::unknown(),
                ),
                _ => (Part::one(), Val::unknown()),
            },
            "contains_key" | "get" | "get_mut" | "entry" | "insert" | "remove" | "take"
            | "get_key_value" | "remove_entry" => {
                let mut val = match method {
                    "get" | "get_mut" | "remove" | "take" => Val::elem(Ty {
                        kind: Kind::Wrapper,
                        args: vec![recv.ty.element()],
                    }),
                    _ => Val::unknown(),
                };
                val.node_list = matches!(method, "get" | "get_mut") && recv.ty.element().is_sized();
                if matches!(method, "insert" | "entry") && local_recv {
                    let ctx = self.loop_ctx;
                    if recv_node.kind() == "identifier" {
                        self.grow_bound(self.t(recv_node), ctx);
                    }
                    self.note_space(node, "grows inside loops", ctx);
                }
                let part = match kind {
                    Kind::BTreeMap | Kind::BTreeSet => self.cost(
                        node,
                        &format!("on {}", recv.ty.name()),
                        Class::LOG,
                        "btree",
                    ),
                    Kind::Vec | Kind::VecDeque | Kind::String
                        if matches!(method, "insert" | "remove") =>
                    {
                        let front = first == "0";
                        let back = first.ends_with("len()") || first.ends_with("len() - 1");
                        if back || (front && kind == Kind::VecDeque) {
                            Part::one()
                        } else if front {
                            let (what, code) = if method == "remove" {
                                ("shifts every element left", "remove-front")
                            } else {
                                ("shifts every element right", "insert-front")
                            };
                            self.cost(node, &format!("on {}: {what}", recv.ty.name()), Class::N, code)
                        } else {
                            self.cost(
                                node,
                                &format!("on {} shifts the elements after it", recv.ty.name()),
                                Class::N,
                                "vec-shift",
                            )
                        }
                    }
                    _ => Part::one(),
                };
                (part, val)
            }
            "push" | "push_str" | "push_back" | "push_front" | "extend" | "extend_from_slice"
            | "append" | "insert_str" => {
                let mut part = Part::one();
                let mut grow = self.loop_ctx;
                if matches!(method, "extend" | "extend_from_slice" | "append") {
                    let neighbours =
                        self.in_iteration() && arg_vals.first().is_some_and(|v| v.node_list);
                    let len = arg_vals
                        .first()
                        .zip(args.first())
                        .map(|(v, a)| {
                            if v.is_small() || self.small(*a) {
                                Class::ONE
                            } else if v.iter.is_some() || v.ty.is_sized() {
                                v.size()
                            } else {
                                Class::N
                            }
                        })
                        .unwrap_or(Class::N);
                    let len = if neighbours { Class::ONE } else { len };
                    let per = arg_vals.first().map_or(Part::one(), |v| v.per.clone());
                    let walk = self.cost(node, "copies every element", len, "linear-scan");
                    part = match walk.steps.first().cloned() {
                        Some(step) => per.times(len, step, Confidence::High),
                        None => per,
                    };
                    grow = grow.times(len);
                }
                if method == "insert_str" && first == "0" {
                    part = self.cost(node, "on a String shifts every byte", Class::N, "insert-front");
                }
                if kind == Kind::BinaryHeap {
                    part = part.seq(self.cost(node, "on a BinaryHeap", Class::LOG, "heap"));
                }
                if local_recv && recv_node.kind() == "identifier" {
                    self.grow_bound(self.t(recv_node), grow);
                }
                if local_recv {
                    let what = if matches!(method, "extend" | "extend_from_slice" | "append") {
                        "adds every element"
                    } else {
                        "grows inside loops"
                    };
                    // `if !v.contains(&x) { v.push(x) }`: distinct values of
                    // the input, at most n of them.
                    let dedup = format!("!{}.contains(", self.t(recv_node));
                    let mut up = node.parent();
                    let mut distinct = false;
                    while let Some(n) = up {
                        if n.kind() == "if_expression"
                            && n.child_by_field_name("condition")
                                .is_some_and(|c| self.t(c).contains(&dedup))
                        {
                            distinct = true;
                            break;
                        }
                        if n.id() == self.fn_node.id() {
                            break;
                        }
                        up = n.parent();
                    }
                    let grow = if distinct { grow.min(Class::N) } else { grow };
                    self.note_space(node, what, grow);
                }
                (part, Val::unknown())
            }
            "pop" if kind == Kind::BinaryHeap => (
                self.cost(node, "on a BinaryHeap", Class::LOG, "heap"),
                Val::elem(Ty {
                    kind: Kind::Wrapper,
                    args: vec![recv.ty.element()],
                }),
            ),
            "pop" | "pop_front" | "pop_back" | "last" | "first" | "last_mut" | "first_mut"
            | "front" | "back" | "front_mut" | "back_mut" | "peek" | "peek_mut" => {
                if matches!(kind, Kind::BTreeSet | Kind::BTreeMap) && matches!(method, "first" | "last") {
                    return (
                        self.cost(node, &format!("on {}", recv.ty.name()), Class::LOG, "btree"),
                        Val::unknown(),
                    );
                }
                (
                    Part::one(),
                    Val::of(Ty {
                        kind: Kind::Wrapper,
                        args: vec![recv.ty.element()],
                    }),
                )
            }
            "pop_first" | "pop_last" | "first_key_value" | "last_key_value" | "split_off"
                if matches!(kind, Kind::BTreeMap | Kind::BTreeSet) =>
            {
                (
                    self.cost(node, &format!("on {}", recv.ty.name()), Class::LOG, "btree"),
                    Val::unknown(),
                )
            }
            // ---- whole-collection work
            "sort" | "sort_unstable" | "sort_by" | "sort_by_key" | "sort_unstable_by"
            | "sort_unstable_by_key" | "sort_by_cached_key" => {
                let class = n_if_sized(Class::N_LOG);
                let sort = self.cost(node, "sorts", class, "sort");
                let part = match sort.steps.first().cloned() {
                    Some(step) => closure.times(class, step, Confidence::High),
                    None => closure,
                };
                (part, Val::unknown())
            }
            "binary_search" | "binary_search_by" | "binary_search_by_key" | "partition_point" => (
                {
                    let search =
                        self.cost(node, "halves the range each step", n_if_sized(Class::LOG), "binary-search");
                    match search.steps.first().cloned() {
                        Some(step) if !closure.class.is_one() => {
                            closure.times(Class::LOG, step, Confidence::High)
                        }
                        _ => search,
                    }
                },
                Val::unknown(),
            ),
            // `[a.as_slice(), b].concat()`: copies every part into a new Vec.
            "concat" | "join"
                if recv_node.kind() == "array_expression" && {
                    let mut c = recv_node.walk();
                    let parts: Vec<Node> = recv_node.named_children(&mut c).collect();
                    parts.iter().any(|p| !self.small(*p))
                } =>
            {
                let part = self.cost(node, "copies every part into a new collection", Class::N, "clone");
                self.note_space(node, "builds a new collection", Class::N);
                (part, Val::of(Ty::of(Kind::Vec)))
            }
            // Replacing a range in the middle shifts everything after it.
            "splice" if matches!(kind, Kind::Vec | Kind::VecDeque) => {
                if local_recv {
                    // What it inserts stays: it grows like a push.
                    let ctx = self.loop_ctx;
                    if recv_node.kind() == "identifier" {
                        self.grow_bound(self.t(recv_node), ctx);
                    }
                    self.note_space(node, "grows inside loops", ctx);
                }
                (
                    self.cost(node, &format!("shifts the rest of {}", recv.ty.name()), Class::N, "vec-shift"),
                    Val::iter(Class::ONE),
                )
            }
            "retain" | "retain_mut" | "dedup" | "dedup_by_key" | "dedup_by" | "reverse" | "fill"
            | "resize" | "rotate_left" | "rotate_right" | "concat" | "join" | "repeat"
            | "to_lowercase" | "to_uppercase" | "to_ascii_lowercase" | "to_ascii_uppercase"
            | "replacen" | "trim_matches" | "make_ascii_lowercase"
            | "make_ascii_uppercase" | "split_at_mut"
                if recv.ty.is_sized() =>
            {
                if method == "split_at_mut" {
                    return (Part::one(), Val::unknown());
                }
                let walk = self.cost(node, "walks every element", recv.size(), "linear-scan");
                let part = match walk.steps.first().cloned() {
                    Some(step) => closure.times(recv.size(), step, Confidence::High),
                    None => closure,
                };
                if matches!(method, "to_lowercase" | "to_uppercase" | "concat" | "join" | "repeat") {
                    self.note_space(node, "builds a new string", Class::N);
                }
                (part, Val::of(recv.ty.clone()))
            }
            "find" | "replace" if matches!(kind, Kind::String | Kind::Str) => {
                let part = self.cost(node, "searches the string", Class::N, "linear-search");
                if method == "replace" {
                    self.note_space(node, "builds a new string", Class::N);
                }
                (part, Val::unknown())
            }
            "clone" | "to_vec" | "to_owned" | "to_string" | "into_boxed_slice" | "into_vec"
                if recv.ty.is_sized() || recv.iter.is_some() =>
            {
                let part = self.cost(node, &format!("copies {}", recv.ty.name()), recv.size(), "clone");
                self.note_space(node, "copies the data", Class::N);
                let ty = match method {
                    "to_vec" => Ty::of(Kind::Vec),
                    "to_string" | "to_owned" if matches!(kind, Kind::Str) => Ty::of(Kind::String),
                    _ => recv.ty.clone(),
                };
                let mut val = Val::of(ty);
                val.local = true;
                (part, val)
            }
            "len" | "is_empty" | "capacity" | "swap" | "swap_remove" | "truncate" | "clear"
            | "starts_with" | "ends_with" | "is_some" | "is_none" | "is_ok" | "is_err" => {
                (Part::one(), Val::of(Ty::of(Kind::Scalar)))
            }
            "as_slice" | "as_str" | "as_bytes" | "as_mut_slice" | "trim" | "trim_start"
            | "trim_end" | "split_at" => {
                let mut val = Val::of(recv.ty.clone());
                val.elem = recv.elem;
                (Part::one(), val)
            }
            // Smart pointers, locks, options: look through.
            "as_ref" | "as_mut" | "borrow" | "borrow_mut" | "lock" | "read" | "write"
            | "unwrap" | "expect" | "unwrap_or_default" | "as_deref" | "as_deref_mut" | "ok"
            | "get_or_insert" | "or_insert" | "or_default" | "deref" | "deref_mut" | "copied"
            | "cloned" => {
                let ty = match recv.ty.kind {
                    Kind::Wrapper => recv.ty.args.first().cloned().unwrap_or(Ty::UNKNOWN),
                    _ => recv.ty.clone(),
                };
                let mut val = Val::of(ty);
                val.elem = recv.elem && !val.ty.is_sized();
                (Part::one(), val)
            }
            // Closure called once (Option, Result, entry API).
            "map" | "and_then" | "unwrap_or_else" | "or_else" | "map_or" | "map_or_else"
            | "filter" | "is_some_and" | "is_none_or" | "then" | "get_or_insert_with"
            | "or_insert_with" | "or_insert_with_key" | "and_modify" | "map_err"
            | "ok_or_else" | "then_some" | "unwrap_or" | "ok_or" | "or" | "and" => {
                (closure, Val::unknown())
            }
            "nth" if recv.chars => (
                self.cost(node, "walks the characters from the start", Class::N, "chars-nth"),
                Val::unknown(),
            ),
            _ => (closure, Val::unknown()),
        }
    }

    // ------------------------------------------------------------ recursion

    fn recursion(&mut self, work: Part) -> Part {
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
        let (class, conf, what, code, depth) = if in_loop
            && matches!(dominant, Shape::Decrement | Shape::Unknown)
            && memo.is_none()
        {
            (
                Class::EXP,
                Confidence::Medium,
                "calls itself inside a loop (backtracking): exponential".to_string(),
                "exponential-recursion",
                Class::N,
            )
        } else {
            match (dominant, calls) {
                (Shape::Partition, _) => match self.pivot_choice() {
                    // The pivot is read at a position built from the
                    // bounds alone: an adversary (or sorted input, for an
                    // end element) makes every split one-sided.
                    Pivot::Fixed(at) => (
                        w.times(Class::N).max(Class::N2),
                        Confidence::Medium,
                        format!("partition + two calls, the pivot at a fixed position (`{at}`): O(n log n) on average, O(n^2) in the worst case (sorted input for an end element)"),
                        "quadratic-pivot",
                        Class::N,
                    ),
                    Pivot::Computed(at) => (
                        w.times(Class::LOG).max(Class::N_LOG),
                        Confidence::Medium,
                        format!("partition + two calls, the pivot position computed by `{at}` (assumed random or a median): O(n log n) expected"),
                        "recursion",
                        Class::LOG,
                    ),
                    Pivot::Unknown => (
                        w.times(Class::LOG).max(Class::N_LOG),
                        Confidence::Low,
                        "partition + two calls, the pivot choice not found (assumed to split evenly on average): O(n log n)".into(),
                        "recursion",
                        Class::LOG,
                    ),
                },
                (Shape::Split, _) => {
                    let class = if w.poly == 0 && !w.exp {
                        w.times(Class::LOG)
                    } else {
                        w
                    };
                    (
                        class,
                        Confidence::Medium,
                        "one call into one side of a split: the parts shrink by a constant fraction on average, so the calls add up to about twice the first".into(),
                        "recursion",
                        Class::N,
                    )
                }
                (Shape::Half, 1) => {
                    let class = if w.poly == 0 && !w.exp {
                        w.times(Class::LOG)
                    } else {
                        w
                    };
                    (
                        class,
                        Confidence::High,
                        "one call on a half".into(),
                        "recursion",
                        Class::LOG,
                    )
                }
                (Shape::Half, _) => {
                    let class = match w.poly {
                        0 => Class::N,
                        1 => w.times(Class::LOG),
                        _ => w,
                    };
                    (
                        class,
                        Confidence::High,
                        format!("{calls} calls on halves (divide and conquer)"),
                        "recursion",
                        Class::LOG,
                    )
                }
                (Shape::Decrement, 1) => (
                    w.times(Class::N),
                    Confidence::High,
                    "one call on n − 1: n levels".into(),
                    "recursion",
                    Class::N,
                ),
                (Shape::Decrement, _) if memo.is_some() => (
                    w.times(Class::N),
                    Confidence::Medium,
                    format!(
                        "calls on n − 1 and n − 2, memoised in `{}` (looked up before the calls and stored into): each value once",
                        memo.as_deref().unwrap_or_default()
                    ),
                    "recursion",
                    Class::N,
                ),
                (Shape::Decrement, _) => (
                    Class::EXP,
                    Confidence::High,
                    if two_decrements {
                        "two calls on n − 1 and n − 2 without memo: exponential".into()
                    } else {
                        format!("{calls} calls on n − 1 without memo: exponential")
                    },
                    "exponential-recursion",
                    Class::N,
                ),
                (Shape::Child, _) => (
                    w.times(Class::N),
                    Confidence::Medium,
                    "recurses into the children: each node once".into(),
                    "recursion",
                    Class::N,
                ),
                (_, _) => (
                    w.times(Class::N),
                    Confidence::Low,
                    "recursion of an unrecognised shape, assumed n levels".into(),
                    "recursion",
                    Class::N,
                ),
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
    fn decrement(&self, args: Node) -> u64 {
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

    /// Memoisation, from the structure alone: a table (a map, a set, an
    /// array) the function looks up in a condition outside any loop, before
    /// its first self-call, and also stores into (`insert`, `entry`,
    /// `t[i] = …`). The table, as written.
    fn memo_table(&self) -> Option<String> {
        let first_call = self.rec.iter().map(|r| r.range.start).min()?;
        let mut guards = Vec::new();
        let mut stores = Vec::new();
        let mut stack = vec![(self.fn_node, false)];
        while let Some((n, looped)) = stack.pop() {
            let looped = looped
                || matches!(
                    n.kind(),
                    "for_expression"
                        | "while_expression"
                        | "loop_expression"
                        | "closure_expression"
                );
            let tested = match n.kind() {
                "if_expression" => n.child_by_field_name("condition"),
                "match_expression" => n.child_by_field_name("value"),
                _ => None,
            };
            if let Some(cond) = tested.filter(|c| !looped && c.start_byte() < first_call) {
                guards.extend(self.lookups(cond));
            }
            match n.kind() {
                "call_expression" => {
                    if let Some((recv, m)) = self.method_of(n) {
                        if matches!(m, "insert" | "entry" | "push" | "set") {
                            stores.push(recv);
                        }
                    }
                }
                "assignment_expression" => {
                    if let Some(l) = n
                        .child_by_field_name("left")
                        .filter(|l| l.kind() == "index_expression")
                    {
                        stores.push(self.table_base(l));
                    }
                }
                _ => {}
            }
            stack.extend(n.named_children(&mut n.walk()).map(|c| (c, looped)));
        }
        guards
            .into_iter()
            .find(|g| stores.contains(g))
            .map(str::to_string)
    }

    /// `recv.method(…)`: the receiver (through `&`, `*`) and the method.
    fn method_of(&self, call: Node) -> Option<(&'t str, &'t str)> {
        let f = call
            .child_by_field_name("function")
            .filter(|f| f.kind() == "field_expression")?;
        let recv = peel(f.child_by_field_name("value")?, self.src);
        Some((self.t(recv), self.t(f.child_by_field_name("field")?)))
    }

    /// `t[i][j]` → `t`.
    fn table_base(&self, mut node: Node) -> &'t str {
        while node.kind() == "index_expression" {
            match node.named_child(0) {
                Some(b) => node = peel(b, self.src),
                None => break,
            }
        }
        self.t(node)
    }

    /// The tables a condition looks up: `t.get(k)`, `t.contains_key(k)`,
    /// `t[i]`, `t.insert(k)` (a set that answers whether it was new).
    fn lookups(&self, cond: Node) -> Vec<&'t str> {
        let mut out = Vec::new();
        let mut stack = vec![cond];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "call_expression" => {
                    if let Some((recv, m)) = self.method_of(n) {
                        if matches!(
                            m,
                            "get" | "contains_key" | "contains" | "get_mut" | "insert"
                        ) {
                            out.push(recv);
                        }
                    }
                }
                "index_expression" => out.push(self.table_base(n)),
                _ => {}
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        out
    }

    /// Where the partition of a quicksort takes its pivot: in this function
    /// and the functions of the file it calls, the element read (`let p =
    /// v[i]`) or swapped into place (`v.swap(i, last)`) before the first
    /// loop. Built from the bounds alone (literals, lengths, parameters,
    /// arithmetic): fixed; from a call, a remainder or a comparison of
    /// elements (a swap under an `if`): computed.
    fn pivot_choice(&self) -> Pivot {
        let mut fns = vec![self.fn_node];
        let mut stack = vec![self.fn_node];
        while let Some(n) = stack.pop() {
            if n.kind() == "call_expression" {
                if let Some(f) = n.child_by_field_name("function") {
                    let name = types::last_segment(self.t(f).rsplit('.').next().unwrap_or(""));
                    for (item, def) in &self.file.fns {
                        if item.rsplit("::").next() == Some(name) && def.node != self.fn_node {
                            fns.push(def.node);
                        }
                    }
                }
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        let mut fixed = None;
        for f in fns {
            let Some(body) = f.child_by_field_name("body") else {
                continue;
            };
            for stmt in body.named_children(&mut body.walk()) {
                let e = match stmt.kind() {
                    "expression_statement" => stmt.named_child(0),
                    _ => Some(stmt),
                };
                let Some(e) = e else { continue };
                if matches!(
                    e.kind(),
                    "for_expression" | "while_expression" | "loop_expression"
                ) {
                    break;
                }
                let mut candidates = Vec::new();
                match e.kind() {
                    "let_declaration" => {
                        if let Some(v) = e
                            .child_by_field_name("value")
                            .map(|v| peel(v, self.src))
                            .filter(|v| v.kind() == "index_expression")
                        {
                            candidates.extend(v.named_child(1));
                        }
                    }
                    "call_expression" if self.method_of(e).is_some_and(|(_, m)| m == "swap") => {
                        if let Some(a) = e.child_by_field_name("arguments") {
                            candidates.extend(a.named_children(&mut a.walk()));
                        }
                    }
                    // `if a[m] < a[0] { a.swap(m, 0) }`: an element chosen by
                    // comparing elements (not a base case that returns).
                    "if_expression" => {
                        let branch = Code::of(Some(e), self.src);
                        let compares = e.child_by_field_name("condition").is_some_and(|c| {
                            Code::of(Some(c), self.src).has_kind("index_expression")
                        });
                        if compares
                            && branch.calls_method("swap")
                            && !branch.has_kind("return_expression")
                        {
                            let cond = e.child_by_field_name("condition").unwrap_or(e);
                            return Pivot::Computed(format!("if {}", snippet(self.t(cond))));
                        }
                    }
                    _ => {}
                }
                for c in candidates {
                    if c.kind() == "range_expression" {
                        continue;
                    }
                    if self.position_fixed(f, c, 0) {
                        fixed.get_or_insert_with(|| snippet(self.t(c)));
                    } else {
                        return Pivot::Computed(snippet(self.t(c)));
                    }
                }
            }
        }
        fixed.map_or(Pivot::Unknown, Pivot::Fixed)
    }

    /// A position built from literals, lengths, parameters and arithmetic
    /// other than a remainder (through the `let`s of `f`).
    fn position_fixed(&self, f: Node, node: Node, depth: usize) -> bool {
        match node.kind() {
            "integer_literal" | "field_expression" => true,
            "identifier" => {
                let name = self.t(node);
                match Code::of(Some(f), self.src).let_init(name) {
                    Some(init) if depth < 4 => self.position_fixed(f, init, depth + 1),
                    Some(_) => false,
                    // A parameter, or a pattern binding: the bounds.
                    None => true,
                }
            }
            "call_expression" => self
                .method_of(node)
                .is_some_and(|(_, m)| matches!(m, "len" | "saturating_sub" | "min" | "max")),
            "binary_expression" => {
                node.child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) != "%")
                    && node
                        .named_children(&mut node.walk())
                        .all(|c| self.position_fixed(f, c, depth))
            }
            "parenthesized_expression" | "type_cast_expression" | "unary_expression" => node
                .named_child(0)
                .is_some_and(|c| self.position_fixed(f, c, depth)),
            _ => false,
        }
    }

    // ---------------------------------------------------------------- sizes

    /// An expression that does not grow with the input: literals,
    /// constants, arithmetic on them.
    fn small(&self, node: Node) -> bool {
        match node.kind() {
            "integer_literal" | "char_literal" | "float_literal" | "boolean_literal" => true,
            "identifier" => {
                let t = self.t(node);
                t.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                    && t.chars().any(|c| c.is_ascii_uppercase())
            }
            "binary_expression" => {
                let l = node.child_by_field_name("left");
                let r = node.child_by_field_name("right");
                l.zip(r)
                    .is_some_and(|(l, r)| self.small(l) && self.small(r))
            }
            "parenthesized_expression" | "unary_expression" | "type_cast_expression" => {
                node.named_child(0).is_some_and(|c| self.small(c))
            }
            "scoped_identifier" => {
                let t = self.t(node);
                !t.ends_with("MAX")
            }
            "call_expression" => {
                // `arr.len()` of a fixed-size array
                let t = self.t(node);
                t.strip_suffix(".len()")
                    .and_then(|base| self.lookup(base))
                    .is_some_and(|v| v.ty.kind() == &Kind::Array)
            }
            _ => false,
        }
    }

    /// `i..i + 3`, `kx - 1..=kx + 1`: both ends at constant offsets from
    /// the same expression, a window of constant width.
    fn offset_of(&self, start: Node, end: Node) -> bool {
        let (a, b) = (self.offset_base(start), self.offset_base(end));
        !self.small(a) && self.t(a) == self.t(b)
    }

    /// `x + 3` → `x`, `(x - 1)` → `x`: strips constant offsets.
    fn offset_base<'n>(&self, node: Node<'n>) -> Node<'n> {
        match node.kind() {
            "parenthesized_expression" => match node.named_child(0) {
                Some(inner) => self.offset_base(inner),
                None => node,
            },
            "binary_expression" => {
                let op = node
                    .child_by_field_name("operator")
                    .map_or("", |o| self.t(o));
                match (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) {
                    (Some(l), Some(r)) if matches!(op, "+" | "-") && self.small(r) => {
                        self.offset_base(l)
                    }
                    (Some(l), Some(r)) if op == "+" && self.small(l) => self.offset_base(r),
                    _ => node,
                }
            }
            _ => node,
        }
    }
}

// ------------------------------------------------------------------ helpers

fn is_const_name(t: &str) -> bool {
    t.chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && t.chars().any(|c| c.is_ascii_uppercase())
}

fn is_ident(t: &str) -> bool {
    !t.is_empty()
        && t.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !t.starts_with(|c: char| c.is_ascii_digit())
}

/// The names a `format!` reads: its arguments and the `{name}`s inlined in
/// its format string.
fn format_names(tokens: Node, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![tokens];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "identifier" => out.push(text(n, src).to_string()),
            "string_literal" | "raw_string_literal" => {
                let t = text(n, src);
                let mut rest = t;
                while let Some(open) = rest.find('{') {
                    rest = &rest[open + 1..];
                    if rest.starts_with('{') {
                        rest = &rest[1..];
                        continue;
                    }
                    let end = rest.find(['}', ':']).unwrap_or(rest.len());
                    let name = rest[..end].trim();
                    if is_ident(name) {
                        out.push(name.to_string());
                    }
                }
            }
            _ => {
                let mut cursor = n.walk();
                stack.extend(n.named_children(&mut cursor));
            }
        }
    }
    out
}

/// Methods that read a collection, shrink it, or grow it in a way its
/// bound follows (pushes and inserts).
fn tracked_method(m: &str) -> bool {
    matches!(
        m,
        "iter"
            | "iter_mut"
            | "into_iter"
            | "len"
            | "is_empty"
            | "reverse"
            | "sort"
            | "sort_unstable"
            | "sort_by"
            | "sort_by_key"
            | "sort_unstable_by"
            | "sort_unstable_by_key"
            | "contains"
            | "contains_key"
            | "get"
            | "get_mut"
            | "first"
            | "last"
            | "pop"
            | "pop_front"
            | "pop_back"
            | "clone"
            | "to_vec"
            | "join"
            | "concat"
            | "swap"
            | "truncate"
            | "clear"
            | "binary_search"
            | "last_mut"
            | "first_mut"
            | "keys"
            | "values"
            | "drain"
            | "retain"
            | "dedup"
            | "windows"
            | "chunks"
            | "as_slice"
            | "push"
            | "push_back"
            | "push_front"
            | "insert"
            | "entry"
            | "extend"
            | "extend_from_slice"
            | "push_str"
            | "remove"
            | "front"
            | "back"
            | "as_str"
            | "as_bytes"
            | "chars"
            | "bytes"
            | "iter_rev"
            | "into_boxed_slice"
    )
}

/// `self.a.b`-style paths of some code.
fn words_with_fields(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in code
        .char_indices()
        .chain(std::iter::once((code.len(), ' ')))
    {
        let ident = c.is_alphanumeric() || c == '_' || c == '.';
        match (start, ident) {
            (None, true) => start = Some(i),
            (Some(st), false) => {
                let w = code[st..i].trim_end_matches('.');
                if !w.is_empty() && !out.contains(&w) {
                    out.push(w);
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Looks through `&`, `&mut`, parentheses and `.as_ref()`-style views.
fn peel<'n>(node: Node<'n>, src: &str) -> Node<'n> {
    match node.kind() {
        "reference_expression" => match node.child_by_field_name("value") {
            Some(v) => peel(v, src),
            None => node,
        },
        "parenthesized_expression" => match node.named_child(0) {
            Some(v) => peel(v, src),
            None => node,
        },
        "call_expression" => {
            let f = node.child_by_field_name("function");
            let view = f.filter(|f| f.kind() == "field_expression").and_then(|f| {
                let m = f.child_by_field_name("field").map_or("", |m| text(m, src));
                matches!(
                    m,
                    "as_ref"
                        | "as_deref"
                        | "as_mut"
                        | "as_deref_mut"
                        | "unwrap"
                        | "clone"
                        | "borrow"
                        | "iter"
                        | "iter_mut"
                        | "into_iter"
                        | "values"
                        | "values_mut"
                )
                .then(|| f.child_by_field_name("value"))
                .flatten()
            });
            match view {
                Some(v)
                    if node
                        .child_by_field_name("arguments")
                        .is_some_and(|a| a.named_child_count() == 0) =>
                {
                    peel(v, src)
                }
                _ => node,
            }
        }
        _ => node,
    }
}

const WAITS: &str =
    " (waits for another thread: it only goes round again while a value it loads has not changed)";

/// A loop that waits on other threads (an atomic load, a condition
/// variable, a yield) and changes nothing of its own.
fn waits(cond: &str, body: &str) -> bool {
    let all = format!("{cond} {body}");
    [
        ".load(",
        ".wait(",
        ".wait_while(",
        ".wait_timeout(",
        "yield_now()",
        "spin_loop()",
        "park()",
        "park_timeout(",
    ]
    .iter()
    .any(|w| all.contains(w))
        && ![
            " += ", " -= ", ".push", ".insert(", ".pop", ".remove(", ".extend",
        ]
        .iter()
        .any(|m| body.contains(m))
        && !body.contains("for ")
        && !body.contains("while ")
}

/// The collection (or count) the condition tests that every round of the
/// body shrinks: `q.pop_front()`, `self.len -= 1`.
fn drained(cond: &str, body: &str) -> Option<String> {
    let shrinks = [
        ".pop_front()",
        ".pop_back()",
        ".pop()",
        ".pop_first()",
        ".pop_last()",
        ".remove(0)",
        " -= 1",
    ];
    for pat in shrinks {
        let mut from = 0;
        while let Some(pos) = body[from..].find(pat) {
            let at = from + pos;
            from = at + pat.len();
            let start = body[..at]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                .map_or(0, |i| i + 1);
            let recv = &body[start..at];
            // A count only stands for a collection when it is a field.
            if recv.is_empty() || recv.ends_with('.') || (pat == " -= 1" && !recv.contains('.')) {
                continue;
            }
            let tested = if recv.contains('.') {
                cond.contains(recv)
            } else {
                mentions(cond, recv)
            };
            let grows = [".push", ".insert(", " += "]
                .iter()
                .any(|g| body.contains(&format!("{recv}{g}")));
            if tested && !grows {
                return Some(recv.to_string());
            }
        }
    }
    None
}

fn batched() -> (Class, Confidence, String) {
    (
        Class::ONE,
        Confidence::Medium,
        " per batch: the batches split the input, so the loop over each batch totals n".into(),
    )
}

fn factor_text(c: Class) -> String {
    c.term()
}

/// A short one-line rendering of code for step texts.
pub(super) fn snippet(code: &str) -> String {
    let one_line: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > 60 {
        let cut: String = one_line.chars().take(57).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// `for x in nums` / `while lo < hi`: the loop without its body.
fn header_text(node: Node, src: &str) -> String {
    let end = node
        .child_by_field_name("body")
        .map_or(node.end_byte(), |b| b.start_byte());
    snippet(src[node.start_byte()..end].trim())
}

fn identifiers<'s>(node: Node, src: &'s str) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "identifier" {
            out.push(text(n, src));
            continue;
        }
        if matches!(
            n.kind(),
            "scoped_identifier" | "type_identifier" | "scoped_type_identifier"
        ) {
            continue;
        }
        let mut cursor = n.walk();
        for c in n.named_children(&mut cursor) {
            if n.kind() == "tuple_struct_pattern"
                && c.id() == n.named_child(0).map_or(0, |f| f.id())
            {
                continue; // `Some` in `Some(x)`
            }
            if n.kind() == "parameter" && Some(c) == n.child_by_field_name("type") {
                continue;
            }
            stack.push(c);
        }
    }
    out
}

/// The names bound inside `node`: by `let`, `if let`/`while let` and match
/// arms.
fn bound_names<'s>(node: Node, src: &'s str) -> Vec<&'s str> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if matches!(
            n.kind(),
            "let_declaration" | "let_condition" | "match_pattern"
        ) {
            let pattern = if n.kind() == "match_pattern" {
                Some(n)
            } else {
                n.child_by_field_name("pattern")
            };
            if let Some(p) = pattern {
                out.extend(identifiers(p, src));
            }
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    out
}

/// Names bound by `let x = q.pop()…`/`let x = q.remove(0)` in a loop body.
fn popped_bindings(body: Option<Node>, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(body) = body else { return out };
    let mut cursor = body.walk();
    for stmt in body.named_children(&mut cursor) {
        if stmt.kind() != "let_declaration" {
            continue;
        }
        let value = stmt
            .child_by_field_name("value")
            .map_or("", |v| text(v, src));
        if [
            ".pop",
            ".remove(0)",
            ".pop_front",
            ".pop_back",
            ".pop_first",
            ".pop_last",
        ]
        .iter()
        .any(|p| value.contains(p))
        {
            if let Some(p) = stmt.child_by_field_name("pattern") {
                out.extend(identifiers(p, src).into_iter().map(str::to_string));
            }
        }
    }
    out
}

/// `name` occurs in `code` as a whole identifier.
fn mentions(code: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut start = 0;
    while let Some(pos) = code[start..].find(name) {
        let at = start + pos;
        let end = at + name.len();
        let before = at == 0 || !is_ident(bytes[at - 1]);
        let after = end >= bytes.len() || !is_ident(bytes[end]);
        if before && after {
            return true;
        }
        start = at + 1;
    }
    false
}

fn is_numeric_expr(node: Node, src: &str) -> bool {
    let t = text(node, src);
    !t.contains('"') && !t.contains('&') && !t.contains("to_string") && !t.contains("format!")
}

/// The text after the first top-level `sep` (`vec![0; n]` → ` n`).
fn top_level_split(inner: &str, sep: char) -> Option<&str> {
    let mut depth = 0i32;
    for (i, c) in inner.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            c if c == sep && depth == 0 => return Some(&inner[i + 1..]),
            _ => {}
        }
    }
    None
}

fn small_text(t: &str) -> bool {
    let t = t.trim();
    !t.is_empty()
        && t.split(|c: char| "+-*/ ()".contains(c))
            .filter(|s| !s.is_empty())
            .all(|s| {
                s.parse::<u64>().is_ok()
                    || s.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                        .parse::<u64>()
                        .is_ok()
                    || (s
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            })
}

/// Whether the function still holds a `todo!()` or `unimplemented!()`.
/// A `return`, `?` or a `break` of this loop (not of a loop inside it)
/// somewhere in `node`, outside closures.
fn exits_early(node: Node, nested: bool) -> bool {
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        let found = match child.kind() {
            "return_expression" | "try_expression" => true,
            "break_expression" => !nested,
            "closure_expression" => false,
            "for_expression" | "while_expression" | "loop_expression" => exits_early(child, true),
            _ => exits_early(child, nested),
        };
        if found {
            return true;
        }
    }
    false
}

fn calls_todo(node: Node, src: &str) -> bool {
    if node.kind() == "macro_invocation" {
        let name = node
            .child_by_field_name("macro")
            .map_or("", |m| text(m, src));
        if matches!(name, "todo" | "unimplemented") {
            return true;
        }
    }
    let mut cursor = node.walk();
    let found = node
        .named_children(&mut cursor)
        .any(|child| calls_todo(child, src));
    found
}
