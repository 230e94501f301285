// learner: optimal
// idiom: Solidity smart-contract developer: a "call stack" of slice iterators managed by hand (no recursion, like avoiding the 1024 depth limit), while-let on the top frame
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// @notice every number in `nested`, left to right
/// @dev explicit frame stack: one iterator per open list, O(d) extra
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root = std::slice::from_ref(nested);
    let mut frames: Vec<std::slice::Iter<'_, Nested>> = vec![root.iter()];

    while let Some(top) = frames.last_mut() {
        match top.next() {
            Some(Nested::Value(x)) => out.push(*x),
            Some(Nested::List(children)) => frames.push(children.iter()),
            None => {
                frames.pop();
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
