// learner: optimal
// idiom: V-style stack of &Nested with children pushed in reverse by an index loop; if/else chains, no iterators
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let mut todo: Vec<&Nested> = Vec::new();
    todo.push(nested);
    while todo.len() > 0 {
        let node = todo.pop().unwrap();
        if let Nested::Value(v) = node {
            out.push(*v);
        } else if let Nested::List(items) = node {
            let mut i = items.len();
            while i > 0 {
                i -= 1;
                todo.push(&items[i]);
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
