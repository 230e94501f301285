// learner: slow
// why: flatten is O(n^2) time, target O(n): a work list consumed from the front with remove(0)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut work: Vec<&Nested> = vec![nested];
    while !work.is_empty() {
        let node = work.remove(0);
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(items) => {
                for (j, c) in items.iter().enumerate() {
                    work.insert(j, c);
                }
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
