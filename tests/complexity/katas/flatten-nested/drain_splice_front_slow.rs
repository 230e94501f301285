// learner: slow
// why: flatten is O(n^2) time, target O(n): the work queue is a Vec consumed with drain(..1) and refilled with splice(0..0, kids): each shifts the whole waiting queue
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
    let mut done: Vec<i64> = Vec::new();
    let mut queue: Vec<&Nested> = vec![nested];
    while !queue.is_empty() {
        let first = queue[0];
        queue.drain(..1);
        match first {
            Nested::Value(x) => done.push(*x),
            Nested::List(kids) => {
                queue.splice(0..0, kids.iter());
            }
        }
    }
    done
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
