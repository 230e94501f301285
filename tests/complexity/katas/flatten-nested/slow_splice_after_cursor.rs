// learner: slow
// why: flatten is O(n^2) time, target O(n): MATLAB `todo = [todo(1:i) kids todo(i+1:end)]` via splice shifts the tail for every list
/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    let mut i: usize = 0;
    while i < todo.len() {
        let node = todo[i];
        i += 1;
        match node {
            Nested::Value(x) => out.push(*x),
            Nested::List(kids) => {
                // splice the children in right after the cursor, keeping the order
                todo.splice(i..i, kids.iter());
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
