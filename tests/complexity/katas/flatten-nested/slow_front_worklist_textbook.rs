// learner: slow
// why: flatten is O(n^2) time, target O(n): the to-do list is worked at its front (remove(0) / insert at front), shifting the whole Vec per node
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Textbook queue-as-array: take the first pending node; a list's children
/// are spliced in at the front so left-to-right order is kept.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut pending: Vec<&Nested> = Vec::new();
    pending.push(nested);
    while !pending.is_empty() {
        let node = pending.remove(0);
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(children) => {
                let mut at = 0;
                for child in children.iter() {
                    pending.insert(at, child);
                    at += 1;
                }
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
