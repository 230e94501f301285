// learner: optimal
// idiom: performance engineer, stack of slice iterators (O(depth) space) with reserved capacity, top-level value fast path
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let root = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    let mut out = Vec::with_capacity(root.len());
    let mut stack: Vec<std::slice::Iter<'_, Nested>> = Vec::with_capacity(16);
    stack.push(root.iter());
    while let Some(top) = stack.last_mut() {
        match top.next() {
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(c)) => {
                if !c.is_empty() {
                    stack.push(c.iter());
                }
            }
            None => {
                stack.pop();
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
