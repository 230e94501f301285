// learner: slow
// why: flatten is O(n^2) time, target O(n): expands each list in place inside one work Vec with splice, shifting the whole tail every time
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut work: Vec<&Nested> = vec![nested];
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < work.len() {
        match work[pos] {
            Nested::Value(v) => {
                out.push(*v);
                pos += 1;
            }
            Nested::List(items) => {
                // replace the list by its items, keep going at the same position
                work.splice(pos..pos + 1, items.iter());
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
