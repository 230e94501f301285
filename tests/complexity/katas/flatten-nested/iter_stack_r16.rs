// learner: optimal
// idiom: stack of slice iterators driven by while-let on last_mut(), match on the next item
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let top = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    let mut out = Vec::new();
    let mut stack = vec![top.iter()];
    while let Some(it) = stack.last_mut() {
        match it.next() {
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(children)) => stack.push(children.iter()),
            None => {
                stack.pop();
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
