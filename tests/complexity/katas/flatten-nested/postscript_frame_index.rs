// learner: optimal
// idiom: PostScript: two parallel stacks (array + cursor), like a `for` loop frame saved on the exec stack; the cursor is bumped before descending
// why: each list frame is pushed/popped once and each cursor moves forward once per item: O(n) time, O(depth) space
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
/// Must run in O(n) time for n nodes, and must not overflow the stack however deep
/// `nested` is: no recursion.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let root: &[Nested] = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    // frames: which array, and where we are in it
    let mut arrays: Vec<&[Nested]> = vec![root];
    let mut cursors: Vec<usize> = vec![0];
    let mut sp: usize = 1; // stack pointer = number of frames

    while sp > 0 {
        let arr = arrays[sp - 1];
        let at = cursors[sp - 1];
        if at >= arr.len() {
            // frame exhausted: drop it
            arrays.pop();
            cursors.pop();
            sp -= 1;
            continue;
        }
        cursors[sp - 1] = at + 1; // advance before we maybe descend
        match &arr[at] {
            Nested::Value(v) => out.push(*v),
            Nested::List(kids) => {
                arrays.push(kids);
                cursors.push(0);
                sp += 1;
            }
        }
    }
    out
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
