// learner: slow
// why: flatten is O(n^2) time, target O(n): a to-do Vec worked at its front, each remove(0)/insert shifts the rest
/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut output = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while !todo.is_empty() {
        let first = todo.remove(0);
        match first {
            Nested::Value(v) => output.push(*v),
            Nested::List(children) => {
                for (i, child) in children.iter().enumerate() {
                    todo.insert(i, child);
                }
            }
        }
    }
    output
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

