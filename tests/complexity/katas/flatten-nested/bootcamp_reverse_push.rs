// learner: optimal
// idiom: bootcamp style, stack of &Nested with children pushed in reverse by an index loop, comments on every step
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    // This is where the numbers go, in order.
    let mut result: Vec<i64> = Vec::new();
    // This is my own stack of things still to look at (instead of recursion).
    let mut to_visit: Vec<&Nested> = Vec::new();
    // Start with the whole thing.
    to_visit.push(nested);
    // Keep going while there is something left to look at.
    while to_visit.len() > 0 {
        // Take the last thing off the stack.
        let current = to_visit.pop().unwrap();
        match current {
            // A number: put it in the result.
            Nested::Value(number) => {
                result.push(*number);
            }
            // A list: put its children on the stack, last child first,
            // so that the first child comes off the stack first.
            Nested::List(children) => {
                let count = children.len();
                let mut i = count;
                while i > 0 {
                    i = i - 1;
                    let child = &children[i];
                    to_visit.push(child);
                }
            }
        }
    }
    // All done.
    result
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
