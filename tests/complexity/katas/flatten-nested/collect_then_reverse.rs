// learner: optimal
// idiom: walk right-to-left (push children in order, pop the last), collect values backwards, reverse once at the end
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut pending = vec![nested];
    let mut backwards = Vec::new();
    while !pending.is_empty() {
        let node = pending.pop().unwrap();
        if let Nested::List(xs) = node {
            pending.extend(xs.iter());
        } else if let Nested::Value(x) = node {
            backwards.push(*x);
        }
    }
    backwards.reverse();
    backwards
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
