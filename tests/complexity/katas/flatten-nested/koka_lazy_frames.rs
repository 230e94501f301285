// learner: optimal
// idiom: Koka: a lazy generator -- the explicit continuation stack lives inside an Iterator struct whose `next` is a `match` on an enum of frames; flatten just drains it
//! Flatten a nested list without recursion.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// What is left to do: either a single node still to look at, or the rest
/// of a list we are inside.
enum Frame<'a> {
    Visit(&'a Nested),
    Rest(std::slice::Iter<'a, Nested>),
}

/// Yields the numbers of a nested value one by one, on demand.
pub struct Leaves<'a> {
    frames: Vec<Frame<'a>>,
}

impl<'a> Leaves<'a> {
    pub fn new(root: &'a Nested) -> Self {
        Leaves { frames: vec![Frame::Visit(root)] }
    }
}

impl<'a> Iterator for Leaves<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        loop {
            let frame = self.frames.pop()?;
            match frame {
                Frame::Visit(Nested::Value(v)) => return Some(*v),
                Frame::Visit(Nested::List(items)) => self.frames.push(Frame::Rest(items.iter())),
                Frame::Rest(mut rest) => match rest.next() {
                    None => continue,
                    Some(item) => {
                        self.frames.push(Frame::Rest(rest));
                        self.frames.push(Frame::Visit(item));
                    }
                },
            }
        }
    }
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    Leaves::new(nested).collect()
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
