//! One walk over a function's body, bottom-up: each expression yields its
//! cost (the dominant term with its derivation) and what it evaluates to (a
//! type, or an iterator of some length). Loops multiply, sequences take the
//! maximum, branches that leave the function (`return`, `panic!`) or the loop
//! (`break`) are charged once rather than per iteration.

use super::class::Class;
use super::flow::Code;
use super::types::{self, Kind, Ty};
use super::{text, Confidence, Derivation, ItemEstimate, Step, StepKind};
use std::cell::RefCell;
use std::collections::HashMap;
use tree_sitter::Node;

mod accumulators;
mod bare_loops;
mod bounds;
mod branches;
mod callee;
mod calls;
mod closures;
mod copies;
use closures::ClosureScope;
mod cost;
mod draining;
mod expr;
mod growth;
mod header_bounds;
pub(super) mod helpers;
mod items;
mod iterators;
mod loop_carried;
mod loops;
mod memo;
mod method_calls;
mod price;
mod range_bounds;
mod recursion;
mod recursion_shapes;
mod refill;
mod skip_mark;
mod val;
mod while_loops;

use bounds::{batched, Rounds, WhileBound};
use cost::{Cost, Part};
use draining::{drained, waits, WAITS};
use helpers::*;
pub(super) use items::FileCtx;
use items::FnDef;
use range_bounds::RangeBound;
use val::{length_unknown, Val};

#[derive(Debug, Clone)]
pub(super) struct Summary {
    time: Part,
    space: Part,
    /// Parameters (not `self`) with their types and whether the cost grows
    /// with them.
    params: Vec<(String, Ty, bool)>,
    /// Takes `self`.
    is_method: bool,
    /// A method whose cost may grow with `self` (its fields), not only
    /// with its parameters.
    self_drives: bool,
    /// A loop over every element of an input (see `ItemEstimate`).
    walks_input: Option<Step>,
    /// Receivers of method calls that hold a constant amount of data (see
    /// `ItemEstimate::constant_receivers`).
    small_receivers: Vec<std::ops::Range<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Half,
    /// One side of a split at a computed position (`&mut v[..p]`).
    Split,
    Partition,
    Child,
    Decrement,
    /// A counter parameter one step nearer a limit that is not a constant
    /// (`self.attempt(req, n + 1)` under `if n >= max`): limit levels.
    Count,
    /// A counter one step nearer a constant limit (`if depth >= 3`): a
    /// constant number of levels.
    Capped,
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
    /// Closures bound by `let`: their cost per call and what they return
    /// (`closure_body_val`).
    closures: Vec<(String, Part, Val)>,
    /// The per-element closures being walked (innermost last), for state
    /// that outlives one call (`ClosureScope`).
    closure_scopes: Vec<ClosureScope<'t>>,
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
    /// The cost grows with `self` (a method walking its fields), or where
    /// it comes from is not known.
    self_drives: bool,
    /// String parameters are keys, not sizes (a method's, or a helper's
    /// called from a method with keys).
    string_keys: bool,
    /// Closures of iterator adaptors being evaluated (an iteration).
    nest: usize,
    /// A `while` that recurses on one part and loops on the other.
    rec_loop: bool,
    /// A loop over every element of an input (see `ItemEstimate`).
    walks_input: Option<Step>,
    /// The closure being evaluated gets the lists of a collection of lists.
    items_nested: bool,
    /// As `items_nested`: the items are overlapping windows.
    items_overlapping: bool,
    small_receivers: Vec<std::ops::Range<usize>>,
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
            closure_scopes: Vec::new(),
            worklist: Vec::new(),
            loop_ctx: Class::ONE,
            loops: Vec::new(),
            space: Part::one(),
            rec: Vec::new(),
            params: Vec::new(),
            is_method: false,
            driving: Vec::new(),
            self_drives: false,
            string_keys: false,
            nest: 0,
            rec_loop: false,
            walks_input: None,
            items_nested: false,
            items_overlapping: false,
            small_receivers: Vec::new(),
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
        self.cost_with(node, what, class, code, Confidence::High)
    }

    fn cost_with(
        &self,
        node: Node,
        what: &str,
        class: Class,
        code: &'static str,
        conf: Confidence,
    ) -> Part {
        if class.is_one() {
            return Part::one();
        }
        let text = format!("`{}` {what}: {class}", snippet(self.t(node)));
        Part::with_step(
            class,
            self.step(node, text, StepKind::Cost { class, code }),
            conf,
        )
    }

    fn note_space(&mut self, node: Node, what: &str, class: Class) {
        self.note_space_with(node, what, class, Confidence::High);
    }

    fn note_space_with(&mut self, node: Node, what: &str, class: Class, conf: Confidence) {
        if class.is_one() {
            return;
        }
        let text = format!("`{}` {what}: {class}", snippet(self.t(node)));
        let step = self.step(node, text, StepKind::Space { class });
        let part = Part::with_step(class, step, conf);
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
                if (is_method || self.string_keys) && matches!(ty.kind(), Kind::String | Kind::Str)
                {
                    // In a method, n is the size of the structure; a string
                    // argument is a key.
                    ty = Ty::of(Kind::Scalar);
                }
                if let Some(pat) = p.child_by_field_name("pattern") {
                    if pat.kind() == "identifier" {
                        self.params.push((self.t(pat).to_string(), ty.clone()));
                    }
                    // `mut acc: Vec<char>`, taken by value: what the
                    // function pushes into it is memory it allocates, as
                    // for a local (an accumulator handed down a recursion
                    // or filled by a helper from `Vec::new()`).
                    let mutable = pat.kind() == "mut_pattern"
                        || p.named_children(&mut p.walk())
                            .any(|c| c.kind() == "mutable_specifier");
                    let owned = mutable
                        && ty.is_sized()
                        && p.child_by_field_name("type")
                            .is_some_and(|t| t.kind() != "reference_type");
                    self.bind_pattern(pat, Val::of(ty), owned);
                }
            }
        }
        let Some(body) = self.fn_node.child_by_field_name("body") else {
            return Summary {
                time: Part::one(),
                space: Part::one(),
                params: Vec::new(),
                is_method: false,
                self_drives: false,
                walks_input: None,
                small_receivers: Vec::new(),
            };
        };
        let (cost, _) = self.eval(body);
        let mut time = cost.body.seq(cost.ret).seq(cost.brk);
        if !self.rec.is_empty() {
            time = self.recursion(time);
            self.driving = self.params.iter().map(|p| p.0.clone()).collect();
            self.self_drives = true;
        }
        if self.driving.is_empty() && !time.class.is_one() {
            // The cost comes from the parameters by way of locals: count
            // every parameter as driving it.
            self.driving = self.params.iter().map(|p| p.0.clone()).collect();
            self.self_drives = true;
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
            self_drives: self.is_method && self.self_drives,
            walks_input: self.walks_input,
            small_receivers: self.small_receivers,
        }
    }

    fn bind(&mut self, name: &str, mut val: Val) {
        val.depth = self.loops.len();
        if val.bound.is_some() {
            // Filled elsewhere (`helper(&mut v)`) or replaced (`v = …`):
            // its size is not known from its pushes.
            let body = Code::of(Some(self.fn_node), self.src);
            if body.assigned(name) {
                val.bound = None;
            } else if body.lends_mut(name) {
                val.bound = self.filled_by_helpers(&body, name);
            }
        }
        self.env.push((name.to_string(), val));
    }

    /// A push into a local collection inside loops of product `grow`.
    fn grow_bound(&mut self, name: &str, grow: Class) {
        if let Some((_, v)) = self.env.iter_mut().rev().find(|(n, _)| n == name) {
            if let Some(b) = v.bound.filter(|_| !v.capped) {
                v.bound = Some(b.max(grow));
            }
        }
    }

    /// A local lent only to functions of this file (`digits_of(id, &mut
    /// out)`), outside loops: they cannot push more than they take steps,
    /// so it holds at most as many elements as the costliest one's time.
    fn filled_by_helpers(&self, body: &Code<'t>, name: &str) -> Option<Class> {
        let mut bound = Class::ONE;
        for loan in body.mut_loans(name) {
            let call = loan
                .parent()
                .filter(|a| a.kind() == "arguments")?
                .parent()?;
            let callee = call.child_by_field_name("function")?;
            if callee.kind() != "identifier" || !self.file.has_fn(self.t(callee)) {
                return None;
            }
            // Between the call and the block that declares the local.
            let scope = body
                .let_init(name)
                .and_then(|v| v.parent())
                .and_then(|l| l.parent())?;
            let mut up = call.parent();
            while let Some(n) = up.filter(|n| n.id() != scope.id()) {
                if matches!(
                    n.kind(),
                    "for_expression"
                        | "while_expression"
                        | "loop_expression"
                        | "closure_expression"
                ) {
                    return None;
                }
                up = n.parent();
            }
            bound = bound.max(self.file.summary(self.t(callee)).time.class);
        }
        Some(bound)
    }

    fn lookup(&self, name: &str) -> Option<&Val> {
        self.env
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
    }

    /// How many elements the local `name` can hold, when the walk bounds
    /// it below n (the digits a dividing loop pushed).
    fn held_below_n(&self, name: &str) -> Option<Class> {
        self.lookup(name)
            .and_then(|v| v.bound)
            .filter(|b| *b < Class::N)
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

    /// The product of the factors of the loops entered since `depth` loops
    /// were open (what a local bound at that depth sees repeat).
    fn ctx_since(&self, depth: usize) -> Class {
        match self.loops.get(depth) {
            None => Class::ONE,
            Some(&(outside, _, _)) if !self.loop_ctx.exp && !outside.exp => Class::new(
                self.loop_ctx.poly.saturating_sub(outside.poly),
                self.loop_ctx.log.saturating_sub(outside.log),
            ),
            Some(_) => self.loop_ctx,
        }
    }

    /// Inside a loop, or a closure run per element.
    fn in_iteration(&self) -> bool {
        !self.loops.is_empty() || self.nest > 0
    }

    /// Parameters named in `code` drive the cost (only collections when
    /// `collections_only`: a number used inside a loop body is not a bound).
    fn mark_driving(&mut self, code: &str, collections_only: bool) {
        if mentions(code, "self") {
            self.self_drives = true;
        }
        for (name, ty) in &self.params {
            if collections_only && !(ty.is_sized() || ty.kind() == &Kind::Unknown) {
                continue;
            }
            if mentions(code, name) && !self.driving.contains(name) {
                self.driving.push(name.clone());
            }
        }
    }

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
                // `CAP - used`: at most `CAP` (sizes and indices are
                // unsigned).
                let minus = node
                    .child_by_field_name("operator")
                    .is_some_and(|o| self.t(o) == "-");
                l.zip(r)
                    .is_some_and(|(l, r)| self.small(l) && (self.small(r) || minus))
            }
            "parenthesized_expression" | "unary_expression" | "type_cast_expression" => {
                node.named_child(0).is_some_and(|c| self.small(c))
            }
            "scoped_identifier" => {
                let t = self.t(node);
                !t.ends_with("MAX")
            }
            "call_expression" => {
                // `arr.len()` of a fixed-size array, or of a key (a string
                // argument of a method: n is the structure's size, not the
                // key's).
                let t = self.t(node);
                t.strip_suffix(".len()")
                    .and_then(|base| self.lookup(base))
                    .is_some_and(|v| matches!(v.ty.kind(), Kind::Array | Kind::Scalar))
            }
            _ => false,
        }
    }

    /// `i..i + 3`, `kx - 1..=kx + 1`: both ends at constant offsets from
    /// the same expression, a window of constant width.
    fn offset_of(&self, start: Node, end: Node) -> bool {
        // `let hi = (lo + 2).min(len); v[lo..hi]`: the end named by an
        // immutable binding of the enclosing blocks.
        let end = match end.kind() {
            "identifier" => immutable_let_value(end, self.t(end), self.src).unwrap_or(end),
            _ => end,
        };
        // `(i + 2).min(len)`: capped, still at most `i + 2`.
        let end = match end.kind() {
            "call_expression" => end
                .child_by_field_name("function")
                .filter(|f| {
                    f.kind() == "field_expression"
                        && f.child_by_field_name("field")
                            .is_some_and(|m| self.t(m) == "min")
                })
                .and_then(|f| f.child_by_field_name("value"))
                .unwrap_or(end),
            _ => end,
        };
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
