// learner: optimal
// idiom: a ReScript web developer: a to-do stack of node references, children pushed in reverse with `extend(items.iter().rev())` so the next pop is the leftmost, one match per pop
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut todo = vec![nested];
    let mut out = Vec::new();
    while let Some(node) = todo.pop() {
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(items) => todo.extend(items.iter().rev()),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Provided: keep this. Dropping a `Nested` the default way recurses once per
// level, which overflows the stack for very deep values.
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
