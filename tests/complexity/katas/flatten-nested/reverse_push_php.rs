// learner: optimal
// idiom: PHP-style work list of references, children pushed in reverse (array_reverse habit), if-let chain
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut todo: Vec<&Nested> = Vec::new();
    todo.push(nested);
    while let Some(node) = todo.pop() {
        if let Nested::Value(v) = node {
            result.push(*v);
        } else if let Nested::List(children) = node {
            // push backwards so the first child is popped first
            for child in children.iter().rev() {
                todo.push(child);
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
