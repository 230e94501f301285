// learner: optimal
// idiom: index-heavy: explicit frames (list slice, cursor index) with bounds checks, helper that advances a frame
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// One open list: its items and the index of the next item to visit.
struct Frame<'a> {
    items: &'a [Nested],
    at: usize,
}

/// Returns the next unvisited item of frame `f`, or None when 0 <= at == items.len().
fn step<'a>(f: &mut Frame<'a>) -> Option<&'a Nested> {
    if f.at >= f.items.len() {
        return None;
    }
    let item = &f.items[f.at];
    f.at += 1;
    Some(item)
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root: &[Nested] = match nested {
        Nested::Value(x) => {
            out.push(*x);
            return out;
        }
        Nested::List(xs) => xs.as_slice(),
    };
    let mut frames: Vec<Frame> = Vec::new();
    frames.push(Frame { items: root, at: 0 });
    while !frames.is_empty() {
        let top = frames.len() - 1;
        match step(&mut frames[top]) {
            None => {
                frames.truncate(top);
            }
            Some(Nested::Value(x)) => out.push(*x),
            Some(Nested::List(xs)) => frames.push(Frame { items: xs.as_slice(), at: 0 }),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Provided: keep this. Dropping a `Nested` the default way recurses once per
// level, which overflows the stack for very deep values (the tests build one
// 100_000 levels deep). This `Drop` flattens the tree into a work list first,
// so every node is dropped with an empty list: no recursion.
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
