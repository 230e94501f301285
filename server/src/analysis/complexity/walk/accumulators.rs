//! Folds that build a collection: `fold(String::new(), |mut acc, c| {
//! acc.push(c); acc })` keeps every element in its accumulator, extra space
//! as long as the iterator, though no `let` ever names the collection.

use super::*;

/// Methods that add to a collection.
const GROWS: &[&str] = &[
    "push",
    "push_str",
    "push_back",
    "push_front",
    "insert",
    "extend",
    "extend_from_slice",
    "append",
];

impl<'a, 't> Walker<'a, 't> {
    /// A fold seeded with a new, empty collection whose step (a closure or
    /// a function of the file) adds to its accumulator on every call: not
    /// under a condition, which might keep it bounded (the three largest).
    pub(super) fn fold_builds_collection(&self, args: &[Node<'t>]) -> bool {
        let (Some(seed), Some(step)) = (args.first(), args.get(1)) else {
            return false;
        };
        if !starts_empty(self.t(*seed)) {
            return false;
        }
        let step_fn = match step.kind() {
            "closure_expression" => Some(*step),
            "identifier" => self.file.fn_def(self.t(*step)).map(|def| def.node),
            _ => None,
        };
        let Some(step_fn) = step_fn else {
            return false;
        };
        let (Some(params), Some(body)) = (
            step_fn.child_by_field_name("parameters"),
            step_fn.child_by_field_name("body"),
        ) else {
            return false;
        };
        let Some(acc) = params
            .named_child(0)
            .map(|p| p.child_by_field_name("pattern").unwrap_or(p))
            .and_then(|p| identifiers(p, self.src).first().copied())
        else {
            return false;
        };
        let mut stack = vec![body];
        while let Some(n) = stack.pop() {
            if matches!(
                n.kind(),
                "if_expression" | "match_expression" | "while_expression" | "closure_expression"
            ) {
                continue;
            }
            if n.kind() == "call_expression" {
                let grows = n
                    .child_by_field_name("function")
                    .filter(|f| f.kind() == "field_expression")
                    .is_some_and(|f| {
                        f.child_by_field_name("value")
                            .is_some_and(|v| v.kind() == "identifier" && self.t(v) == acc)
                            && f.child_by_field_name("field")
                                .is_some_and(|m| GROWS.contains(&self.t(m)))
                    });
                if grows {
                    return true;
                }
            }
            stack.extend(n.named_children(&mut n.walk()));
        }
        false
    }
}
