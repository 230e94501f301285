// learner: slow
// why: flatten is O(n^2) time, target O(n): splice(0..1, children) at the front of the to-do list moves the whole tail every step
/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut numbers: Vec<i64> = vec![];
    let mut queue: Vec<&Nested> = vec![nested];
    while let Some(&head) = queue.first() {
        match head {
            Nested::Value(n) => {
                numbers.push(*n);
                queue.drain(..1);
            }
            Nested::List(kids) => {
                // replace the list by its children, in place, keeping order
                queue.splice(0..1, kids.iter());
            }
        }
    }
    numbers
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

