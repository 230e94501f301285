// learner: optimal
// idiom: Gleam developer: an explicit stack of slice iterators; the loop matches on the top iterator's next item (value, list, or exhausted)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut stack: Vec<std::slice::Iter<'_, Nested>> = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => vec![items.iter()],
    };
    while let Some(top) = stack.last_mut() {
        match top.next() {
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(items)) => stack.push(items.iter()),
            None => {
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
