// learner: optimal
// idiom: PostScript: an explicit operand stack of slice iterators, driven by a `loop` that peeks the top and exits when the stack is empty
// why: each list is pushed and popped once, each item stepped over once: O(n) time, O(depth) stack
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
    let mut out: Vec<i64> = Vec::new();
    // A bare value is its own answer: nothing to open.
    let top_items = match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => items,
    };
    // The operand stack: one open iterator per list we are inside of.
    let mut stack: Vec<std::slice::Iter<'_, Nested>> = Vec::new();
    stack.push(top_items.iter());
    loop {
        // top of stack, or we are done
        let top = match stack.last_mut() {
            Some(t) => t,
            None => break,
        };
        match top.next() {
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(kids)) => stack.push(kids.iter()),
            None => {
                // this list is used up: pop it
                stack.pop();
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
