// learner: optimal
// idiom: CUDA GPU programmer: explicit (list, index) frame stack with manual index increments, like a per-thread traversal stack in a BVH kernel
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root = match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => items,
    };
    // traversal stack: (list, next index)
    let mut stack: Vec<(&[Nested], usize)> = Vec::with_capacity(64);
    stack.push((root.as_slice(), 0));
    while let Some(top) = stack.len().checked_sub(1) {
        let (list, i) = stack[top];
        if i >= list.len() {
            stack.pop();
            continue;
        }
        stack[top].1 = i + 1;
        match &list[i] {
            Nested::Value(v) => out.push(*v),
            Nested::List(sub) => stack.push((sub.as_slice(), 0)),
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
