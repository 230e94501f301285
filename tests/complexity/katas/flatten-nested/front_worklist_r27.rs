// learner: slow
// idiom: CUDA GPU programmer: a work queue Vec<&Nested> consumed from the front with remove(0) and children spliced in at the front, like a naive global work list
// why: flatten is O(n^2) on wide lists (remove(0) and splicing at index 0 shift the whole to-do Vec every step) vs O(n) target
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
    let mut out = Vec::new();
    let mut work: Vec<&Nested> = vec![nested];
    while !work.is_empty() {
        let item = work.remove(0);
        match item {
            Nested::Value(v) => out.push(*v),
            Nested::List(sub) => {
                // put the children at the front, in order
                for i in (0..sub.len()).rev() {
                    work.insert(0, &sub[i]);
                }
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
