// learner: slow
// why: flatten is O(n^2) time, target O(n): the to-do list is a Vec worked at its front: remove(0) and insert(0, child) shift every waiting entry
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
    let mut answer: Vec<i64> = Vec::new();
    // things still to look at, the first one is next (like reading row 1 of a sheet)
    let mut to_do: Vec<&Nested> = Vec::new();
    to_do.push(nested);
    while to_do.len() > 0 {
        let thing = to_do.remove(0);
        match thing {
            Nested::Value(n) => {
                answer.push(*n);
            }
            Nested::List(children) => {
                // put the children in front, last child first so the first child ends up first
                let mut k = children.len();
                while k > 0 {
                    k = k - 1;
                    to_do.insert(0, &children[k]);
                }
            }
        }
    }
    answer
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
