// learner: slow
// idiom: a Modula-2 teacher: a work list kept in reading order, taking the first element off the front and inserting a list's items back at the front, so the order is obvious
// why: flatten is O(n^2) time: every remove(0) and the insert at index 0 shift the whole work list (O(n) each, n times on a wide list), vs the O(n) target
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut work: Vec<&Nested> = Vec::new();
    work.push(nested);
    while work.len() > 0 {
        let first = work.remove(0);
        match first {
            Nested::Value(v) => result.push(*v),
            Nested::List(items) => {
                /* put the items back at the front, keeping their order */
                let mut i = items.len();
                while i > 0 {
                    i = i - 1;
                    work.insert(0, &items[i]);
                }
            }
        }
    }
    result
}

// ---------------------------------------------------------------------------
// Provided: keep this. Dropping a `Nested` the default way recurses once per
// level, which overflows the stack for very deep values.
impl Drop for Nested {
    fn drop(&mut self) {
        if let Nested::List(items) = self {
            let mut pending = std::mem::take(items);
            while let Some(mut item) = pending.pop() {
                if let Nested::List(children) = &mut item {
                    pending.append(children);
                }
                // `item` is dropped here with an empty list.
            }
        }
    }
}
