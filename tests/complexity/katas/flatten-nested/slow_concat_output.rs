// learner: slow
// why: flatten is O(n^2) time and space churn, target O(n): each value is appended by concatenating the whole output so far into a new Vec
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut stack: Vec<&Nested> = vec![nested];
    while let Some(node) = stack.pop() {
        match node {
            Nested::Value(v) => {
                // Make a new result that is the old one plus this value.
                result = [result.as_slice(), &[*v]].concat();
            }
            Nested::List(children) => {
                for child in children.iter().rev() {
                    stack.push(child);
                }
            }
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
