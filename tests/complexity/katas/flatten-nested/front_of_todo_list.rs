// learner: slow
// idiom: PowerShell sysadmin: an ArrayList used as a to-do queue: take item 0 (RemoveAt(0)), and when it is a folder, InsertRange(0, children) so order is kept
// why: flatten does Vec::remove(0) and splices children in at the front: each shifts the whole to-do list, O(n) per node, O(n^2) on wide lists vs the O(n) target
//! Flatten a nested list: see README.md.

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
    let mut output = Vec::new();
    let mut queue: Vec<&Nested> = vec![nested];
    while !queue.is_empty() {
        let current = queue.remove(0);
        match current {
            Nested::Value(v) => output.push(*v),
            Nested::List(children) => {
                let mut position = 0;
                for child in children {
                    queue.insert(position, child);
                    position += 1;
                }
            }
        }
    }
    output
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
