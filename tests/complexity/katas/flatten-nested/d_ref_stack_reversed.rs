// learner: optimal
// idiom: D-style: stack of node references, children pushed reversed via a range chain (O(n) worst-case stack, within target)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while let Some(node) = todo.pop() {
        match node {
            Nested::Value(v) => result.push(*v),
            Nested::List(children) => todo.extend(children.iter().rev()),
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
