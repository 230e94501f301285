// learner: slow
// why: flatten is O(n^2) time, target O(n): splices each sub-list's children into the middle of the to-do array, shifting the rest
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/* Keep one array of things to do, read it with an index i. When the item at i
   is a list, put its children right after position i so that the order stays. */
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut todo: Vec<&Nested> = Vec::new();
    let mut result: Vec<i64> = Vec::new();
    todo.push(nested);
    let mut i: usize = 0;
    while i < todo.len() {
        let item: &Nested = todo[i];
        match item {
            Nested::Value(x) => result.push(*x),
            Nested::List(children) => {
                todo.splice(i + 1..i + 1, children.iter());
            }
        }
        i = i + 1;
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
