// learner: optimal
// idiom: logo teacher: explicit stack of slice iterators standing in for the call stack (push = call, pop = return)
// why: each list is pushed and popped once and each item is read once: O(n) time; one iterator per open list, O(d) <= O(n) space
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
///
/// Our own "call stack": one slice iterator per list we are still inside.
/// When recursion would call itself, we push; when it would return, we pop.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut numbers_found: Vec<i64> = Vec::new();

    // A bare number is its own answer.
    let top_level_items = match nested {
        Nested::Value(number) => return vec![*number],
        Nested::List(items) => items,
    };

    // Start inside the outermost list.
    let mut open_lists: Vec<std::slice::Iter<'_, Nested>> = vec![top_level_items.iter()];

    // Keep going while we are inside some list.
    while let Some(current_list) = open_lists.last_mut() {
        match current_list.next() {
            // A number: write it down.
            Some(Nested::Value(number)) => numbers_found.push(*number),
            // A list: step inside it (this is where recursion would "call").
            Some(Nested::List(inner_items)) => open_lists.push(inner_items.iter()),
            // This list is finished: step back out (where recursion would "return").
            None => {
                open_lists.pop();
            }
        }
    }
    numbers_found
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
