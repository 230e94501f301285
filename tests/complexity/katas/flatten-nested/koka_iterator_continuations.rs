// learner: optimal
// idiom: Koka: the call stack made explicit as a stack of slice iterators (one "suspended continuation" per open list), driven by a `match` on the top iterator's next item
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
    let items = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    // each entry is "the rest of a list I am in the middle of"
    let mut konts = vec![items.iter()];
    while let Some(top) = konts.last_mut() {
        match top.next() {
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(inner)) => konts.push(inner.iter()),
            None => {
                konts.pop();
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
