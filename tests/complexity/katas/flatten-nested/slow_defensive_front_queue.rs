// learner: slow
// why: flatten is O(n^2) time, target O(n): a Vec is used as a front-queue (drain(..1) to take, splice(0..0, ..) to prepend), shifting everything each time
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut output: Vec<i64> = Vec::new();
    let mut pending: Vec<&Nested> = Vec::new();
    pending.push(nested);
    loop {
        if pending.is_empty() {
            break;
        }
        let current: &Nested = match pending.drain(..1).next() {
            Some(node) => node,
            None => break,
        };
        match current {
            Nested::Value(value) => {
                output.push(*value);
            }
            Nested::List(items) => {
                if items.is_empty() {
                    continue;
                }
                pending.splice(0..0, items.iter());
            }
        }
    }
    output
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
