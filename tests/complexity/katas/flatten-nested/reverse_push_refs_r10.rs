// learner: optimal
// idiom: stack of &Nested, children pushed in reverse so the top is the leftmost; loop + if-let
/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut values = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    loop {
        let Some(node) = todo.pop() else { break };
        if let Nested::List(items) = node {
            todo.extend(items.iter().rev());
        } else if let Nested::Value(v) = node {
            values.push(*v);
        }
    }
    values
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

