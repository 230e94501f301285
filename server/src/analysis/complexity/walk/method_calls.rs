//! Method calls: self-recursion through `self`, methods of this file's
//! structs, and std methods (priced by `price`, closures per element).

use super::*;

impl<'a, 't> Walker<'a, 't> {
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
        if self.holds_constant_data(recv_node, &recv) {
            // Located as the rules find it: inside `(..)` and `&..`.
            let mut inner = recv_node;
            while matches!(
                inner.kind(),
                "parenthesized_expression" | "reference_expression"
            ) {
                match inner.named_child(inner.named_child_count().saturating_sub(1) as u32) {
                    Some(last) => inner = last,
                    None => break,
                }
            }
            self.small_receivers.push(inner.byte_range());
        }
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
                if self.file.returns_ordered_range(&item) {
                    return (cost, Val::iter(Class::ONE));
                }
                let ret = self.file.return_ty(&item);
                let view = matches!(ret.kind, Kind::Wrapper | Kind::Shared) && ret.is_sized();
                let val = if ret.kind() == &Kind::Scalar && !self.file.returns_a_length(&item) {
                    Val::helper_number(ret)
                } else if ret.kind() == &Kind::Scalar || view {
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
                let saved_overlap =
                    std::mem::replace(&mut self.items_overlapping, recv.overlapping);
                closure = closure.seq(self.closure_body(a, items));
                self.items_nested = saved;
                self.items_overlapping = saved_overlap;
                self.nest -= usize::from(per_element);
                arg_vals.push(Val::unknown());
            } else if let Some((_, part, _)) =
                self.closures.iter().rev().find(|(n, _, _)| n == self.t(a))
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
            if let Some(cursor) = self.resumed_search(node, recv_node) {
                // Charged once per loop (see `resumed_search`).
                let mut part = part.lower(Confidence::Medium);
                if let Some(step) = part.steps.first_mut() {
                    step.text = format!(
                        "{} in all, amortised: it starts at `{cursor}`, which then jumps past what it read, so no element is read twice",
                        step.text
                    );
                }
                return (cost.seq(Cost::of(part).into_brk()), val);
            }
        }
        if recv.is_small() && val.iter.is_none() && !val.ty.is_sized() {
            // Anything computed from a number or one element is small.
            val.elem = true;
        }
        if recv.ty.kind() == &Kind::Scalar && val.iter.is_none() && val.ty.kind() == &Kind::Unknown
        {
            // What a number's method returns (`to_le_bytes()`, `to_string()`,
            // `checked_sub(..)`) holds a constant amount of data: walking it
            // is O(1), as walking a fixed-size array is.
            val.ty = Ty::of(Kind::Array);
        }
        (cost.then(part), val)
    }

    /// A receiver that holds a constant amount of data, for the rules
    /// (`ItemEstimate::constant_receivers`): a fixed-size array or a window
    /// of constant width, or one element indexed out of a collection whose
    /// elements are not collections (`s[hi]` of a `&mut [T]`). Not an item
    /// bound by a loop or closure: n counts words or keys as O(1) each, a
    /// rule about scanning one of them must still see it.
    fn holds_constant_data(&mut self, recv_node: Node<'t>, recv: &Val) -> bool {
        // A number or a character (`c.to_digit(36)`, `k.pow(2)`), a range
        // held as a value (`span.clone()` of a `Range<usize>`: two numbers).
        if matches!(recv.ty.kind(), Kind::Array | Kind::Scalar | Kind::Range) && recv.iter.is_none()
        {
            return true;
        }
        if recv_node.kind() != "index_expression" || !recv.is_small() {
            return false;
        }
        let Some(base) = recv_node
            .named_child(0)
            .filter(|b| matches!(b.kind(), "identifier" | "field_expression"))
        else {
            return false;
        };
        // The declared element: a number, or a type parameter (`T` of a
        // `&mut [T]`); not a string or a struct, which may hold anything.
        let base_ty = self.eval(base).1.ty;
        let seq = base_ty.peel();
        let elem = match seq.kind {
            Kind::Vec | Kind::Slice | Kind::VecDeque | Kind::Array => seq.args.first(),
            _ => None,
        };
        matches!(elem.map(|e| e.kind()), Some(Kind::Scalar | Kind::Unknown))
    }
}
