// learner: optimal
// idiom: Solidity smart-contract developer: explicit Frame struct {list, cursor} like a storage pointer plus uint index, cursor advanced manually, bare value handled as a special case up front
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Frame<'a> {
    list: &'a [Nested],
    cursor: usize,
}

/// @notice every number in `nested`, left to right, without recursion
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let top: &[Nested] = match nested {
        Nested::Value(x) => return vec![*x],
        Nested::List(items) => items,
    };
    let mut stack: Vec<Frame> = Vec::new();
    stack.push(Frame { list: top, cursor: 0 });

    while !stack.is_empty() {
        let depth = stack.len() - 1;
        let frame = &mut stack[depth];
        if frame.cursor >= frame.list.len() {
            stack.pop();
            continue;
        }
        let item = &frame.list[frame.cursor];
        frame.cursor += 1;
        match item {
            Nested::Value(x) => result.push(*x),
            Nested::List(inner) => stack.push(Frame { list: inner, cursor: 0 }),
        }
    }
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
