// learner: optimal
// idiom: stack of &Nested with children pushed in reverse (O(n) extra space, allowed), while-let pop
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut values: Vec<i64> = Vec::new();
    let mut todo: Vec<&Nested> = Vec::new();
    todo.push(nested);
    while let Some(node) = todo.pop() {
        match node {
            Nested::Value(n) => values.push(*n),
            Nested::List(kids) => {
                for k in kids.iter().rev() {
                    todo.push(k);
                }
            }
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
