// learner: optimal
// idiom: Nim systems programmer: a manual frame stack of (list slice, index) pairs, index arithmetic and a while loop instead of iterators
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Frame<'a> {
    items: &'a [Nested],
    idx: usize,
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    match nested {
        Nested::Value(x) => {
            result.push(*x);
            return result;
        }
        Nested::List(xs) => frames.push(Frame { items: xs.as_slice(), idx: 0 }),
    }
    while frames.len() > 0 {
        let top = frames.len() - 1;
        let i = frames[top].idx;
        if i >= frames[top].items.len() {
            frames.pop();
            continue;
        }
        frames[top].idx = i + 1;
        let items = frames[top].items;
        match &items[i] {
            Nested::Value(x) => result.push(*x),
            Nested::List(xs) => frames.push(Frame { items: xs.as_slice(), idx: 0 }),
        }
    }
    result
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
