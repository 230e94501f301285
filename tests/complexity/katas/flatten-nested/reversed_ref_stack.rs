// learner: optimal
// idiom: stack of node references, children pushed in reverse with extend(rev()), if-let heavy
/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while let Some(node) = todo.pop() {
        if let Nested::Value(n) = node {
            result.push(*n);
        } else if let Nested::List(xs) = node {
            todo.extend(xs.iter().rev());
        }
    }
    result
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
