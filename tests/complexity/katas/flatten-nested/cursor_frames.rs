// learner: optimal
// idiom: C++ style explicit call-frame struct (slice + cursor index, like a std::vector<Frame>), #[inline] helpers, index-based loop with early continue
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

#[derive(Clone, Copy)]
struct Frame<'a> {
    items: &'a [Nested],
    cursor: usize,
}

impl<'a> Frame<'a> {
    #[inline(always)]
    const fn over(items: &'a [Nested]) -> Self {
        Frame { items, cursor: 0 }
    }

    #[inline(always)]
    fn done(&self) -> bool {
        self.cursor >= self.items.len()
    }
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root: &[Nested] = std::slice::from_ref(nested);
    let mut frames: Vec<Frame<'_>> = Vec::with_capacity(16);
    frames.push(Frame::over(root));
    while !frames.is_empty() {
        let depth = frames.len() - 1;
        if frames[depth].done() {
            frames.pop();
            continue;
        }
        let idx = frames[depth].cursor;
        frames[depth].cursor = idx + 1;
        let node = &frames[depth].items[idx];
        if let Nested::List(children) = node {
            frames.push(Frame::over(children.as_slice()));
            continue;
        }
        if let Nested::Value(v) = node {
            out.push(*v);
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
