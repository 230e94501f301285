// learner: optimal
// idiom: logo teacher: to-do pile of &Nested, children pushed right-to-left with a counting-down while loop
// why: every node is pushed once and popped once at the back of the Vec: O(n) time, the pile holds at most n references, O(n) space
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
/// A to-do pile of nodes. We always take the node on TOP of the pile.
/// To keep left-to-right order, a list puts its children on the pile
/// right-most first, so the left-most child ends up on top.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut numbers_in_order = Vec::new();
    let mut to_do_pile: Vec<&Nested> = Vec::new();
    to_do_pile.push(nested);

    while let Some(node_on_top) = to_do_pile.pop() {
        match node_on_top {
            Nested::Value(number) => {
                numbers_in_order.push(*number);
            }
            Nested::List(children) => {
                // Put the children on the pile from the last one to the first one.
                let mut child_position = children.len();
                while child_position > 0 {
                    child_position -= 1;
                    to_do_pile.push(&children[child_position]);
                }
            }
        }
    }
    numbers_in_order
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
