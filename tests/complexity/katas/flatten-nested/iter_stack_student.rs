// learner: optimal
// idiom: Rust-book student: Vec of slice iterators as an explicit stack, explicit types, match on top.next()
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let top_items: &Vec<Nested> = match nested {
        Nested::Value(v) => {
            result.push(*v);
            return result;
        }
        Nested::List(items) => items,
    };
    let mut stack: Vec<std::slice::Iter<Nested>> = Vec::new();
    stack.push(top_items.iter());
    loop {
        let next_item: Option<&Nested> = match stack.last_mut() {
            Some(iter) => iter.next(),
            None => break,
        };
        match next_item {
            Some(Nested::Value(v)) => {
                result.push(*v);
            }
            Some(Nested::List(children)) => {
                stack.push(children.iter());
            }
            None => {
                stack.pop();
            }
        }
    }
    result
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
