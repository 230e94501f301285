// learner: slow
// why: flatten is O(n^2) time, target O(n): a front-worked to-do Vec (remove(0), insert children at the front) shifts the whole list each step
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while !todo.is_empty() {
        let node = todo.remove(0);
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(kids) => {
                // keep left-to-right order: the children go in front of everything else
                for (pos, kid) in kids.iter().enumerate() {
                    todo.insert(pos, kid);
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
