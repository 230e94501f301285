// learner: optimal
// idiom: frames of (list slice, next index) with plain index arithmetic and if/else, loop + break
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let root: &[Nested] = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    let mut values: Vec<i64> = Vec::new();
    let mut frames: Vec<(&[Nested], usize)> = Vec::new();
    frames.push((root, 0));
    loop {
        let depth = frames.len();
        if depth == 0 {
            break;
        }
        let (list, idx) = frames[depth - 1];
        if idx >= list.len() {
            frames.pop();
            continue;
        }
        frames[depth - 1].1 = idx + 1;
        if let Nested::List(inner) = &list[idx] {
            frames.push((inner.as_slice(), 0));
        } else if let Nested::Value(v) = &list[idx] {
            values.push(*v);
        }
    }
    values
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
