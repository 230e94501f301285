// learner: optimal
// idiom: web-dev style: stack of &Nested, children pushed in reverse with extend(iter().rev()), fold-free loop
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut pending: Vec<&Nested> = vec![nested];
    let mut values = Vec::new();
    loop {
        let Some(node) = pending.pop() else { break };
        match node {
            Nested::Value(v) => values.push(*v),
            Nested::List(children) => pending.extend(children.iter().rev()),
        }
    }
    values
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
