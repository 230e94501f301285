//! Copies: what `clone`, `to_vec`, `to_owned`, `to_string` and `into` of a
//! borrowed view cost, and the memory the copy holds. A shared pointer's
//! clone bumps a count; one element's copy is one item; a copy that drops
//! the front of the collection it replaces is a remove-front.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// The copy family of `price`: `Err(closure)` hands a method that
    /// copies nothing back.
    pub(super) fn price_copy(
        &mut self,
        node: Node<'t>,
        method: &str,
        recv: &Val,
        recv_node: Node<'t>,
        closure: Part,
    ) -> Result<(Part, Val), Part> {
        let kind = recv.ty.kind().clone();
        Ok(match method {
            // An `Rc` or `Arc` clone bumps a count: the data is shared.
            "clone" if recv.ty.kind == Kind::Shared => (Part::one(), Val::of(recv.ty.clone())),
            // `q = q[1..].to_vec()`: the front dropped by copying the rest,
            // a remove-front in all but name.
            "to_vec" | "to_owned" if self.reslices_itself(node, recv_node) => {
                let what = format!("drops the front of {} by copying the rest", recv.ty.name());
                let part = self.cost(node, &what, Class::N, "remove-front");
                let mut val = Val::of(Ty::of(Kind::Vec));
                val.local = true;
                (part, val)
            }
            // A struct of this file that owns a collection: a derived clone
            // copies it.
            "clone" if matches!(kind, Kind::Named(_)) && !recv.elem => {
                let Kind::Named(owner) = &kind else {
                    unreachable!()
                };
                let Some(field) = self.file.owned_collection_field(owner) else {
                    return Ok((closure, Val::of(recv.ty.clone())));
                };
                let what = format!("copies a {owner} with its `{field}` collection");
                let part = self.cost(node, &what, Class::N, "clone");
                self.note_space(node, "copies the data", Class::N);
                let mut val = Val::of(recv.ty.clone());
                val.local = true;
                (part, val)
            }
            // `let copy: Box<str> = text.as_str().into()`: an owned value
            // made from a borrowed string or slice is a copy of it.
            "clone" | "to_vec" | "to_owned" | "to_string" | "into_boxed_slice" | "into_vec"
            | "into"
                if (recv.ty.is_sized() || recv.iter.is_some())
                    && (method != "into" || self.borrowed_view(recv_node, &kind)) =>
            {
                // One element's part (`r.name.clone()` in `for r in rs`):
                // the copies add up to the input, not n each. One
                // element's string (`slot.name`) is one item.
                let size = if self.in_iteration() && recv.node_list || recv.elem {
                    Class::ONE
                } else {
                    recv.size()
                };
                // Of a value whose length the walk assumed: an upper bound.
                let (conf, assumed) = if recv.assumed_len {
                    (
                        Confidence::Medium,
                        " (assumed: a length the walk does not know)",
                    )
                } else {
                    (Confidence::High, "")
                };
                let part = self.cost_with(
                    node,
                    &format!("copies {}{assumed}", recv.ty.name()),
                    size,
                    "clone",
                    conf,
                );
                if !recv.elem {
                    self.note_space_with(node, "copies the data", Class::N, conf);
                }
                let ty = match method {
                    "to_vec" => Ty::of(Kind::Vec),
                    "to_string" | "to_owned" if matches!(kind, Kind::Str) => Ty::of(Kind::String),
                    _ => recv.ty.clone(),
                };
                let mut val = Val::of(ty);
                val.local = true;
                (part, val)
            }
            _ => return Err(closure),
        })
    }

    /// `q = q[k..].to_vec()` with a constant `k`: the call's value replaces
    /// the collection it was sliced from.
    fn reslices_itself(&self, call: Node, recv_node: Node) -> bool {
        let slice = peel(recv_node, self.src);
        if slice.kind() != "index_expression" {
            return false;
        }
        let (Some(base), Some(range)) = (slice.named_child(0), slice.named_child(1)) else {
            return false;
        };
        let from_front = range.kind() == "range_expression"
            && range.named_child_count() == 1
            && !self.t(range).trim_start().starts_with("..")
            && range.named_child(0).is_some_and(|k| self.small(k));
        let assigned_back = call.parent().is_some_and(|p| {
            p.kind() == "assignment_expression"
                && p.child_by_field_name("right") == Some(call)
                && p.child_by_field_name("left")
                    .is_some_and(|l| self.t(l) == self.t(base))
        });
        from_front && assigned_back
    }

    /// A borrowed string or slice: a `&str` or `&[T]`, `x.as_str()`,
    /// `&x[..]`. Turning one into an owned value copies it; `into()` of an
    /// owned one may only move it.
    fn borrowed_view(&self, recv_node: Node, kind: &Kind) -> bool {
        if matches!(kind, Kind::Str | Kind::Slice) {
            return true;
        }
        match recv_node.kind() {
            "reference_expression" => true,
            "call_expression" => self
                .method_of(recv_node)
                .is_some_and(|(_, m)| matches!(m, "as_str" | "as_slice" | "as_bytes")),
            _ => false,
        }
    }
}
