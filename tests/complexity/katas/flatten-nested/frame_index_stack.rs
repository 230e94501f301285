// learner: optimal
// idiom: C++-style manual frames: a flat Vec of (slice, cursor) pairs, index loop, no iterators
/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// One open list: the items and the position of the next item to visit.
struct Frame<'a> {
    items: &'a [Nested],
    cursor: usize,
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root = match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => items,
    };
    let mut frames: Vec<Frame> = Vec::with_capacity(16);
    frames.push(Frame { items: root.as_slice(), cursor: 0 });
    while !frames.is_empty() {
        let top = frames.len() - 1;
        let f = &mut frames[top];
        if f.cursor >= f.items.len() {
            frames.pop();
            continue;
        }
        let node = &f.items[f.cursor];
        f.cursor += 1;
        match node {
            Nested::Value(v) => out.push(*v),
            Nested::List(children) => {
                if !children.is_empty() {
                    frames.push(Frame { items: children.as_slice(), cursor: 0 });
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

