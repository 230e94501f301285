// learner: optimal
// idiom: iterator adapters: std::iter::from_fn over a stack of slice iterators, collected
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

use std::slice;

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let root = slice::from_ref(nested);
    let mut stack: Vec<slice::Iter<'_, Nested>> = vec![root.iter()];
    std::iter::from_fn(move || loop {
        let top = stack.last_mut()?;
        match top.next() {
            Some(Nested::Value(v)) => return Some(*v),
            Some(Nested::List(items)) => stack.push(items.iter()),
            None => {
                stack.pop();
            }
        }
    })
    .collect()
}

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
