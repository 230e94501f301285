//! Closures: what one call costs, which of their parameters are items of
//! an iterator, and what a `let`-bound closure returns.

use super::*;

/// A closure called once per element (`map`, `scan`, `for_each`): what was
/// bound before it (`env[..env_mark]`) and its accumulator (`scan`'s
/// state, `fold`'s `acc`) persist from one call to the next, as variables
/// declared before a loop persist across its rounds.
#[derive(Debug, Clone)]
pub(super) struct ClosureScope<'t> {
    pub(super) env_mark: usize,
    pub(super) loops: usize,
    pub(super) body: Option<Node<'t>>,
    pub(super) accumulators: Vec<String>,
}

impl<'a, 't> Walker<'a, 't> {
    /// The cost of one call of a closure. `items`: it is passed the items of
    /// an iterator (after an accumulator, for `fold`), which are elements,
    /// as the items of a `for` loop are.
    pub(super) fn closure_body(&mut self, closure: Node<'t>, items: Option<&str>) -> Part {
        self.closure_body_val(closure, items).0
    }

    /// The closure's cost per call, and what it returns when that says
    /// something its callers can use (a number's bytes from `|x: u64|
    /// x.to_le_bytes()` hold a constant amount of data).
    pub(super) fn closure_body_val(
        &mut self,
        closure: Node<'t>,
        items: Option<&str>,
    ) -> (Part, Val) {
        let mark = self.env.len();
        let mut accumulators = Vec::new();
        if let Some(params) = closure.child_by_field_name("parameters") {
            let accumulator = matches!(items, Some("fold" | "try_fold" | "rfold" | "scan"));
            if accumulator {
                if let Some(first) = params.named_child(0) {
                    accumulators = identifiers(first, self.src)
                        .into_iter()
                        .map(str::to_string)
                        .collect();
                }
            }
            let mut cursor = params.walk();
            for (k, param) in params.named_children(&mut cursor).enumerate() {
                let item = items.is_some() && !(accumulator && k == 0);
                for name in identifiers(param, self.src) {
                    // A parameter's written type (`|x: u64|`) says what it is.
                    let written = (param.kind() == "parameter")
                        .then(|| param.child_by_field_name("type"))
                        .flatten()
                        .map(|t| self.file.ty_of_type(t));
                    let mut val = if item && self.items_overlapping {
                        Val::of(Ty::of(Kind::Slice))
                    } else if item {
                        Val::elem(Ty::UNKNOWN)
                    } else if let Some(ty) = written.filter(|t| t.kind() == &Kind::Scalar) {
                        Val::of(ty)
                    } else {
                        Val::unknown()
                    };
                    val.node_list = item && self.items_nested;
                    self.bind(name, val);
                }
            }
        }
        if items.is_some() {
            self.closure_scopes.push(ClosureScope {
                env_mark: mark,
                loops: self.loops.len(),
                body: closure.child_by_field_name("body"),
                accumulators,
            });
        }
        let (part, val) = match closure.child_by_field_name("body") {
            Some(body) => {
                let (c, v) = self.eval(body);
                (c.body.seq(c.ret).seq(c.brk), v)
            }
            None => (Part::one(), Val::unknown()),
        };
        if items.is_some() {
            self.closure_scopes.pop();
        }
        self.env.truncate(mark);
        // Only a constant amount of data is worth passing on: a closure
        // that returns part of what it captured is not followed.
        let returns = if val.ty.kind() == &Kind::Array && val.iter.is_none() {
            val
        } else {
            Val::unknown()
        };
        (part, returns)
    }
}
