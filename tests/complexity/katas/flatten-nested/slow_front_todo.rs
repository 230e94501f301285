// learner: slow
// why: flatten is O(n^2) time, target O(n): a to-do list worked at its front with drain(..1) and splice(0..0, ..) shifts the whole Vec per node
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    // Things still to process, in order: the front is next.
    let mut todo: Vec<&Nested> = vec![nested];
    while !todo.is_empty() {
        let first = todo[0];
        todo.drain(..1);
        match first {
            Nested::Value(v) => out.push(*v),
            Nested::List(children) => {
                // Put the children in front, keeping their order.
                todo.splice(0..0, children.iter());
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
