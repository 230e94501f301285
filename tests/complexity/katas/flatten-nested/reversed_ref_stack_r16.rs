// learner: optimal
// idiom: Raku-flavoured todo stack of &Nested, children pushed reversed with extend(iter().rev()), given/when-style match
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut todo: Vec<&Nested> = vec![nested];
    let mut gathered = Vec::new();
    while let Some(node) = todo.pop() {
        match node {
            Nested::Value(v) => gathered.push(*v),
            Nested::List(xs) => todo.extend(xs.iter().rev()),
        }
    }
    gathered
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
