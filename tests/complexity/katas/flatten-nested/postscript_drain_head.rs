// learner: slow
// idiom: PostScript: a queue-like array read from index 0 with `drain(..1)`, and a list replaced in place by its contents via `splice(0..0, ..)`
// why: draining and splicing at the front both move every element behind: O(n) per node, O(n^2) on a wide list
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
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    loop {
        if todo.is_empty() {
            break;
        }
        let first: Vec<&Nested> = todo.drain(..1).collect();
        match first[0] {
            Nested::Value(v) => out.push(*v),
            Nested::List(items) => {
                todo.splice(0..0, items.iter());
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
