//! Collections a loop grows. At every round but the first a local the body
//! pushes into holds what the rounds before pushed, so a scan of it earlier
//! in the body than the push (`if !out.iter().any(|q| *q == p) {
//! out.push(p) }`) walks that many elements, not the none it held before
//! the loop.

use super::*;

/// Methods that add one element (or a short piece) each call.
const PUSHES: &[&str] = &["push", "push_back", "push_front", "push_str", "insert"];

impl<'a, 't> Walker<'a, 't> {
    /// Before a loop's body is walked: each local collection the body
    /// pushes into, outside closures and outside branches that leave the
    /// loop, is taken to be as long as the rounds since its binding, which
    /// is what its pushes make it by the end of the loop.
    pub(super) fn grow_loop_carried(&mut self, body: Node<'t>) {
        let mut grown: Vec<&'t str> = Vec::new();
        let mut stack = vec![body];
        while let Some(n) = stack.pop() {
            if matches!(n.kind(), "closure_expression" | "function_item") {
                continue;
            }
            if let Some(name) = self.pushed_local(n, body) {
                if !grown.contains(&name) {
                    grown.push(name);
                }
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        for name in grown {
            if let Some(depth) = self.lookup(name).map(|v| v.depth) {
                let grow = self.ctx_since(depth);
                self.grow_bound(name, grow);
            }
        }
    }

    /// `name.push(..)` (or another of [`PUSHES`]) on a plain identifier,
    /// in no branch between it and the loop's `body` that returns or
    /// breaks: `name`.
    fn pushed_local(&self, call: Node<'t>, body: Node<'t>) -> Option<&'t str> {
        if call.kind() != "call_expression" {
            return None;
        }
        let f = call
            .child_by_field_name("function")
            .filter(|f| f.kind() == "field_expression")?;
        let recv = f
            .child_by_field_name("value")
            .filter(|v| v.kind() == "identifier")?;
        let method = f.child_by_field_name("field")?;
        if !PUSHES.contains(&self.t(method)) {
            return None;
        }
        let mut up = call.parent();
        while let Some(n) = up {
            if n.id() == body.id() {
                return Some(self.t(recv));
            }
            if n.kind() == "block" && self.divergence(n).is_some() {
                return None;
            }
            up = n.parent();
        }
        None
    }
}
