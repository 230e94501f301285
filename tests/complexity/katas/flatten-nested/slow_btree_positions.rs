// learner: slow
// why: flatten is O(n log n) time, target O(n): the stack pops values right to left, so each is filed in a BTreeMap under a descending sequence key and read back in key order
//! Flatten a nested list without recursion.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut by_position: BTreeMap<usize, i64> = BTreeMap::new();
    let mut todo: Vec<&Nested> = vec![nested];
    let mut countdown = usize::MAX;
    while let Some(node) = todo.pop() {
        match node {
            Nested::Value(v) => {
                by_position.insert(countdown, *v);
                countdown -= 1;
            }
            Nested::List(items) => todo.extend(items.iter()),
        }
    }
    by_position.into_values().collect()
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
