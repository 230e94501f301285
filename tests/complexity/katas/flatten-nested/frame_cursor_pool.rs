// learner: optimal
// idiom: Odin-style frames of (slice, cursor) with explicit index loops and a depth counter, no iterators
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Frame<'a> {
    items: &'a [Nested],
    cursor: usize,
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root: &[Nested] = match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => items.as_slice(),
    };
    let mut frames: Vec<Frame> = Vec::with_capacity(16);
    frames.push(Frame { items: root, cursor: 0 });
    let mut depth: usize = 1;
    while depth > 0 {
        let top = depth - 1;
        let i = frames[top].cursor;
        if i >= frames[top].items.len() {
            frames.pop();
            depth -= 1;
            continue;
        }
        frames[top].cursor = i + 1;
        let item = &frames[top].items[i];
        if let Nested::List(children) = item {
            frames.push(Frame { items: children.as_slice(), cursor: 0 });
            depth += 1;
        } else if let Nested::Value(v) = item {
            out.push(*v);
        }
    }
    out
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
