// learner: slow
// why: flatten is O(n^2) time, target O(n): a front-of-Vec to-do list, remove(0) and insert(0, ..) shift every pending node
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while !todo.is_empty() {
        let node = todo.remove(0);
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(items) => {
                let mut k = items.len();
                while k > 0 {
                    k -= 1;
                    todo.insert(0, &items[k]);
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
