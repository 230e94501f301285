// learner: slow
// idiom: logo teacher: to-do list worked from the front with remove(0) and insert(place, child)
// why: misses O(n) time: remove(0) and insert at the front shift the whole to-do list, O(n) per node, O(n^2) on wide lists
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
/// A to-do list read from the FRONT, like a queue of commands for the turtle.
/// When the front item is a list, we replace it with its children, in order,
/// at the front of the to-do list.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut answer = Vec::new();
    let mut to_do_list: Vec<&Nested> = vec![nested];

    while !to_do_list.is_empty() {
        let first_thing = to_do_list.remove(0);
        match first_thing {
            Nested::Value(number) => answer.push(*number),
            Nested::List(children) => {
                // Put the children at the front, keeping their order.
                let mut place = 0;
                for child in children {
                    to_do_list.insert(place, child);
                    place += 1;
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
