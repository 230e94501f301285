// learner: optimal
// idiom: Kotlin-ish: stack of &Nested, children pushed in reverse with extend(iter().rev()), if-let instead of match
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result = Vec::new();
    let mut pending: Vec<&Nested> = Vec::new();
    pending.push(nested);
    while let Some(node) = pending.pop() {
        if let Nested::Value(v) = node {
            result.push(*v);
        } else if let Nested::List(children) = node {
            pending.extend(children.iter().rev());
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
