// learner: slow
// why: flatten is O(n^2) time, target O(n): to-do list worked at the front with remove(0)/insert(0, ..) shifts the Vec on every step
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut todo: Vec<&Nested> = vec![nested];
    let mut out = Vec::new();
    while !todo.is_empty() {
        let node = todo.remove(0);
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(kids) => {
                for (k, kid) in kids.iter().enumerate() {
                    todo.insert(k, kid);
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
