// learner: slow
// why: flatten is O(n^2) time, target O(n): a to-do list worked at the front splices each list's children in with splice(0..0), shifting the rest
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    // work queue in reading order: take the head, replace it with its children
    let mut queue: Vec<&Nested> = vec![nested];
    let mut out = Vec::new();
    while !queue.is_empty() {
        let head = queue.remove(0);
        match head {
            Nested::Value(v) => out.push(*v),
            Nested::List(items) => {
                queue.splice(0..0, items.iter());
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
