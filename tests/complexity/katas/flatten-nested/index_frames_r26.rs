// learner: optimal
// idiom: a Modula-2 teacher: an explicit stack of frames (list, next index) with a hand-written push/pop discipline and index arithmetic, no iterators
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/* One open list: which list, and the index of the next item to visit in it. */
struct Frame<'a> {
    items: &'a Vec<Nested>,
    next: usize,
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let root_items = match nested {
        Nested::Value(v) => {
            result.push(*v);
            return result;
        }
        Nested::List(items) => items,
    };
    let mut frames: Vec<Frame> = Vec::new();
    frames.push(Frame { items: root_items, next: 0 });
    while frames.len() > 0 {
        let top = frames.len() - 1;
        if frames[top].next >= frames[top].items.len() {
            frames.pop(); /* this list is finished */
        } else {
            let item = &frames[top].items[frames[top].next];
            frames[top].next = frames[top].next + 1;
            match item {
                Nested::Value(v) => result.push(*v),
                Nested::List(sub) => frames.push(Frame { items: sub, next: 0 }),
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
