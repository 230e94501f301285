// learner: optimal
// idiom: Objective-C macOS veteran: a stack of slice iterators like an NSEnumerator stack, descriptive names, while-let over the top enumerator
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
    let mut flattenedValues = Vec::new();
    let mut enumeratorStack: Vec<std::slice::Iter<'_, Nested>> = vec![std::slice::from_ref(nested).iter()];
    while let Some(currentEnumerator) = enumeratorStack.last_mut() {
        match currentEnumerator.next() {
            Some(Nested::Value(number)) => flattenedValues.push(*number),
            Some(Nested::List(children)) => enumeratorStack.push(children.iter()),
            None => {
                enumeratorStack.pop();
            }
        }
    }
    flattenedValues
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
