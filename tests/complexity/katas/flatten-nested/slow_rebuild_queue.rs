// learner: slow
// why: flatten is O(n^2) time, target O(n): the work list is rebuilt (children + rest of the queue collected into a new Vec) for every list node
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut values = Vec::new();
    let mut pending: Vec<&Nested> = vec![nested];
    while !pending.is_empty() {
        let first = pending[0];
        match first {
            Nested::Value(v) => {
                values.push(*v);
                pending = pending[1..].to_vec();
            }
            Nested::List(kids) => {
                // expand in place: the children take the list's spot at the front
                pending = kids.iter().chain(pending[1..].iter().copied()).collect();
            }
        }
    }
    values
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
