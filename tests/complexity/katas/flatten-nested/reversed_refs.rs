// learner: optimal
// idiom: stack of &Nested with children pushed in reverse (O(n) space variant, as the hint allows)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut todo: Vec<&Nested> = vec![nested];
    let mut out = vec![];
    while let Some(node) = todo.pop() {
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(kids) => todo.extend(kids.iter().rev()),
        }
    }
    out
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
