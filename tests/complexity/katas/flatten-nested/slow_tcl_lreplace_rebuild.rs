// learner: slow
// why: flatten is O(n^2) time, target O(n): Tcl `lreplace`-style, the whole to-do list is rebuilt (children ++ rest) for every node
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while let Some(&head) = todo.first() {
        let rest = &todo[1..];
        let rebuilt: Vec<&Nested> = match head {
            Nested::Value(v) => {
                out.push(*v);
                rest.to_vec()
            }
            Nested::List(items) => items.iter().chain(rest.iter().copied()).collect(),
        };
        todo = rebuilt;
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
