// learner: slow
// why: flatten is O(n^2) time, target O(n): a list is replaced by its children with Vec::splice in the middle of the to-do Vec, shifting the whole remaining tail each time
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut output: Vec<i64> = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    let mut pos: usize = 0;
    while pos < todo.len() {
        match todo[pos] {
            Nested::Value(v) => {
                output.push(*v);
                pos += 1;
            }
            Nested::List(items) => {
                // replace the list by its children, in place, and look at the first child next
                todo.splice(pos..pos + 1, items.iter());
            }
        }
    }
    output
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
