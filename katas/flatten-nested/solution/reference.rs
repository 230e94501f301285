//! Flatten a nested list: depth-first with an explicit stack of iterators.

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
/// O(n) time for n nodes; O(d) extra space for nesting depth d (besides the output).
/// No recursion, so any depth works.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let items = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    let mut out = Vec::new();
    // One iterator per open list: the top one is the list being read right now.
    let mut stack = vec![items.iter()];
    while let Some(current) = stack.last_mut() {
        match current.next() {
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(children)) => stack.push(children.iter()),
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
