//! Refills: a branch that runs only once a field of the structure is
//! empty and moves into it what another field holds (two-stack queues),
//! so every element added is moved once.

use super::*;

impl<'a, 't> Walker<'a, 't> {
    /// `if self.out.is_empty() { …self.in… }` in a method: the branch
    /// refills one field of the structure from another (swap, drain,
    /// append, pop/push), so every element added is moved once. The field.
    pub(super) fn refill(&self, cond: Node, then: Node) -> Option<String> {
        let c = self.t(cond).trim();
        // `X.is_empty()`, or its spelling as a length: `X.len() == 0`,
        // `0 == X.len()`, `X.len() < 1`.
        let by_length = || {
            let cond = peel(cond, self.src);
            let op = self.t(cond.child_by_field_name("operator")?);
            let (l, r) = (
                self.t(cond.child_by_field_name("left")?).trim(),
                self.t(cond.child_by_field_name("right")?).trim(),
            );
            match (op, l, r) {
                ("==", x, "0") | ("==", "0", x) | ("<", x, "1") => x.strip_suffix(".len()"),
                _ => None,
            }
        };
        let field = c.strip_suffix(".is_empty()").or_else(|| {
            (cond.kind() == "binary_expression")
                .then(by_length)
                .flatten()
        })?;
        self.refills(field, then).then(|| field.to_string())
    }

    /// The branch moves into `field` (a field of `self`) what another field
    /// holds, itself or through a method of the structure it calls
    /// (`self.refill()`).
    pub(super) fn refills(&self, field: &str, branch: Node) -> bool {
        let Some(self_ty) = self.self_ty.as_ref() else {
            return false;
        };
        if !field.starts_with("self.") || field.contains('(') {
            return false;
        }
        let mut body = self.t(branch).to_string();
        for name in self_method_calls(branch, self.src) {
            let item = format!("{self_ty}::{name}");
            if let Some(def) = self.file.fn_def(&item) {
                body.push_str(self.t(def.node));
            }
        }
        let other = words_with_fields(&body)
            .into_iter()
            .any(|w| w.starts_with("self.") && w != field && !field.starts_with(&format!("{w}.")));
        let moves = ["swap(", "drain(", "append(", ".pop()", "take("]
            .iter()
            .any(|m| body.contains(m));
        other && moves
    }

    /// `match self.out.pop() { .., None => … }`, `if let Some(x) =
    /// self.out.pop() { .. } else { … }`: the field whose emptiness the
    /// `None` case stands for.
    pub(super) fn emptied_field(&self, value: Node) -> Option<&'t str> {
        let t = self.t(value).trim();
        [
            "pop()",
            "pop_front()",
            "pop_back()",
            "last()",
            "first()",
            "front()",
            "back()",
            "last_mut()",
        ]
        .iter()
        .find_map(|m| t.strip_suffix(m)?.strip_suffix('.'))
        .filter(|f| f.starts_with("self.") && !f.contains('('))
    }
}
