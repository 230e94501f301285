// learner: slow
// why: flatten is O(n^2) time, target O(n): each list rebuilds the whole work list as [children, rest].concat(), copying everything still pending
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut pending: Vec<&Nested> = vec![nested];
    let mut values = Vec::new();
    while !pending.is_empty() {
        let first = pending[0];
        let rest = &pending[1..];
        match first {
            Nested::Value(v) => {
                values.push(*v);
                pending = rest.to_vec();
            }
            Nested::List(items) => {
                let children: Vec<&Nested> = items.iter().collect();
                pending = [children.as_slice(), rest].concat();
            }
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
