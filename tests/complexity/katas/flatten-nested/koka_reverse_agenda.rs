// learner: optimal
// idiom: Koka: a work stack of node references; a list pushes its children in reverse so the leftmost is popped first -- a fold over an explicit agenda
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
    let mut acc: Vec<i64> = Vec::new();
    let mut agenda: Vec<&Nested> = vec![nested];
    while let Some(node) = agenda.pop() {
        match node {
            Nested::Value(v) => acc.push(*v),
            Nested::List(children) => agenda.extend(children.iter().rev()),
        }
    }
    acc
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
