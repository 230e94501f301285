// learner: optimal
// idiom: a ReScript web developer: a stack of slice iterators, `while let Some(top) = stack.last_mut()` and a match on `top.next()`, like a pattern-matched reducer
//! Flatten a nested list: see README.md.

use std::slice::Iter;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = vec![];
    let mut stack: Vec<Iter<Nested>> = vec![std::slice::from_ref(nested).iter()];
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
