// learner: optimal
// idiom: PostScript: a stack of node references; a list is opened by pushing its children in reverse so the leftmost lands on top (like `aload` then reading top-down)
// why: every node is pushed once and popped once: O(n) time, O(n) stack in the worst case (allowed: the target records space as O(n))
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
///
/// Must run in O(n) time for n nodes, and must not overflow the stack however deep
/// `nested` is: no recursion.
/// Push the items of a list so that the first one ends up on top.
fn push_reversed<'a>(stack: &mut Vec<&'a Nested>, items: &'a [Nested]) {
    let mut i = items.len();
    while i > 0 {
        i -= 1;
        stack.push(&items[i]);
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut stack: Vec<&Nested> = Vec::new();
    stack.push(nested);
    while let Some(node) = stack.pop() {
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(items) => push_reversed(&mut stack, items),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Provided: keep this. Dropping a `Nested` the default way recurses once per
// level, which overflows the stack for very deep values (the tests build one
// 100_000 levels deep). This `Drop` flattens the tree into a work list first,
// so every node is dropped with an empty list: no recursion.
impl Drop for Nested {
    fn drop(&mut self) {
        if let Nested::List(items) = self {
            let mut pending = std::mem::take(items);
            while let Some(mut item) = pending.pop() {
                if let Nested::List(children) = &mut item {
                    pending.append(children);
                }
                // `item` is dropped here with an empty list.
            }
        }
    }
}
