// learner: slow
// idiom: Koka: a worklist used like a cons list -- take the head with `remove(0)`, and put a list's children back at the head with `insert(0, ..)`
// why: `remove(0)`/`insert(0, ..)` shift the whole Vec on every step: O(width) per node, O(n^2) on wide lists
//! Flatten a nested list without recursion.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while !todo.is_empty() {
        let head = todo.remove(0);
        match head {
            Nested::Value(v) => out.push(*v),
            Nested::List(children) => {
                for child in children.iter().rev() {
                    todo.insert(0, child);
                }
            }
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
