// learner: slow
// why: flatten is O(n^2) time, target O(n): the work list is a Vec used at its front (remove(0) to take the next node, splice(0..0, ..) to prepend a list's children), shifting the rest on every step
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

#[inline]
fn children_of(node: &Nested) -> Option<&[Nested]> {
    match node {
        Nested::List(xs) => Some(xs.as_slice()),
        Nested::Value(_) => None,
    }
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result = Vec::new();
    // keep the to-do list in reading order: next node is always at the front
    let mut pending: Vec<&Nested> = vec![nested];
    while !pending.is_empty() {
        let head = pending.remove(0);
        if let Some(kids) = children_of(head) {
            pending.splice(0..0, kids.iter());
        } else if let Nested::Value(v) = head {
            result.push(*v);
        }
    }
    result
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
