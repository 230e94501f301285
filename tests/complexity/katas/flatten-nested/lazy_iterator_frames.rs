// learner: optimal
// idiom: lazy Iterator struct holding (slice, cursor) frames with u32-free usize indices, collected at the end
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// A frame: a list being walked and the position of the next item in it.
struct Frame<'a> {
    items: &'a [Nested],
    pos: usize,
}

/// Yields the numbers on demand.
struct Flat<'a> {
    pending_value: Option<i64>,
    frames: Vec<Frame<'a>>,
}

impl<'a> Flat<'a> {
    fn new(root: &'a Nested) -> Self {
        match root {
            Nested::Value(v) => Flat { pending_value: Some(*v), frames: Vec::new() },
            Nested::List(items) => Flat {
                pending_value: None,
                frames: vec![Frame { items, pos: 0 }],
            },
        }
    }
}

impl<'a> Iterator for Flat<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(v) = self.pending_value.take() {
            return Some(v);
        }
        loop {
            let frame = self.frames.last_mut()?;
            if frame.pos == frame.items.len() {
                self.frames.pop();
                continue;
            }
            let item = &frame.items[frame.pos];
            frame.pos += 1;
            match item {
                Nested::Value(v) => return Some(*v),
                Nested::List(sub) => self.frames.push(Frame { items: sub, pos: 0 }),
            }
        }
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    Flat::new(nested).collect()
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
