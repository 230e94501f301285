// learner: optimal
// idiom: C-style: stack of &Nested nodes, children pushed in reverse with a counting-down index loop
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = Vec::with_capacity(16);
    todo.push(nested);
    while let Some(node) = todo.pop() {
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(kids) => {
                let mut i = kids.len();
                while i > 0 {
                    i -= 1;
                    todo.push(&kids[i]);
                }
            }
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
