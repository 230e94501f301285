// learner: optimal
// idiom: index-based frames (list ref, cursor) with a loop/break, no iterator adapters
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Frame<'a> {
    items: &'a [Nested],
    pos: usize,
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let root: &[Nested] = match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => items,
    };
    let mut stack = Vec::new();
    stack.push(Frame { items: root, pos: 0 });
    loop {
        let depth = stack.len();
        if depth == 0 {
            break;
        }
        let frame = &mut stack[depth - 1];
        if frame.pos >= frame.items.len() {
            stack.pop();
            continue;
        }
        let item = &frame.items[frame.pos];
        frame.pos += 1;
        match item {
            Nested::Value(v) => out.push(*v),
            Nested::List(sub) => stack.push(Frame { items: sub, pos: 0 }),
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
