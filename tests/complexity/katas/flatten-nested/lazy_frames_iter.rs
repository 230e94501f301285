// learner: optimal
// idiom: lazy Iterator struct with a stack of (slice, index) frames, collected by the caller
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Values<'a> {
    frames: Vec<(&'a [Nested], usize)>,
    pending: Option<i64>,
}

impl<'a> Iterator for Values<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(v) = self.pending.take() {
            return Some(v);
        }
        loop {
            let (items, idx) = self.frames.last_mut()?;
            if *idx == items.len() {
                self.frames.pop();
                continue;
            }
            let item = &items[*idx];
            *idx += 1;
            match item {
                Nested::Value(v) => return Some(*v),
                Nested::List(children) => self.frames.push((children.as_slice(), 0)),
            }
        }
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let values = match nested {
        Nested::Value(v) => Values { frames: Vec::new(), pending: Some(*v) },
        Nested::List(items) => Values { frames: vec![(items.as_slice(), 0)], pending: None },
    };
    values.collect()
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
