// learner: slow
// why: flatten is O(n^2) time, target O(n): keeps a left-to-right to-do list and splices each list's children in at the front, shifting the rest every time
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while !todo.is_empty() {
        let first = todo[0];
        match first {
            Nested::Value(v) => {
                result.push(*v);
                todo.drain(..1);
            }
            Nested::List(children) => {
                todo.splice(0..1, children.iter());
            }
        }
    }
    result
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
