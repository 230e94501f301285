// learner: optimal
// idiom: stack of (slice, index) frames with a `loop` and index arithmetic; each item advanced past once, O(d) frames
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let root: &[Nested] = std::slice::from_ref(nested);
    let mut out = Vec::new();
    let mut frames: Vec<(&[Nested], usize)> = vec![(root, 0)];
    loop {
        let Some(frame) = frames.last_mut() else { break };
        let (items, i) = *frame;
        if i == items.len() {
            frames.pop();
            continue;
        }
        frame.1 += 1;
        match &items[i] {
            Nested::Value(v) => out.push(*v),
            Nested::List(children) => frames.push((children, 0)),
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
