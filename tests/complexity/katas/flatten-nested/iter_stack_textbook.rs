// learner: optimal
// idiom: textbook stack of slice iterators with an explicit invariant, match on the top frame
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Invariant: `frames` holds one iterator per list that has been entered but
/// not finished, innermost last; every value before the frames' positions
/// has already been emitted, in order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let items = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    let mut frames: Vec<std::slice::Iter<'_, Nested>> = vec![items.iter()];
    while let Some(top) = frames.last_mut() {
        match top.next() {
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(inner)) => frames.push(inner.iter()),
            None => {
                frames.pop();
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Provided: keep this.
impl Drop for Nested {
    fn drop(&mut self) {
        if let Nested::List(items) = self {
            let mut pending = std::mem::take(items);
            while let Some(mut item) = pending.pop() {
                if let Nested::List(children) = &mut item {
                    pending.append(children);
                }
            }
        }
    }
}
