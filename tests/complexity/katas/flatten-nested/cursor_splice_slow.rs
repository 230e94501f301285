// learner: slow
// why: flatten is O(n^2) time, target O(n): splices each list's children into the worklist right after the cursor, shifting the whole tail of the Vec
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    // a flat worklist in output order: each list is replaced in place by its children
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    let mut cursor = 0;
    while cursor < todo.len() {
        let node = todo[cursor];
        cursor += 1;
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(children) => {
                todo.splice(cursor..cursor, children.iter());
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
