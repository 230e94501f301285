// learner: slow
// idiom: Koka: rewrite the head of the agenda by its children, like pattern-matching `Cons(List(xs), rest) -> xs ++ rest` -- done with `splice(0..1, ..)`
// why: `splice` at the front shifts every pending item of the Vec each time: O(pending) per node, O(n^2) on wide lists
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
    let mut agenda: Vec<&Nested> = vec![nested];
    loop {
        match agenda.first().copied() {
            None => return out,
            Some(Nested::Value(v)) => {
                out.push(*v);
                agenda.drain(..1);
            }
            Some(Nested::List(xs)) => {
                // xs ++ rest
                agenda.splice(0..1, xs.iter());
            }
        }
    }
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
