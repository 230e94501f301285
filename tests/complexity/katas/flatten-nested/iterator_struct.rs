// learner: optimal
// idiom: a Values<'a> struct implementing Iterator over a stack of slice iterators, flatten = Values::new(..).collect()
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.

struct Values<'a> {
    pending: Option<&'a Nested>,
    open: Vec<std::slice::Iter<'a, Nested>>,
}

impl<'a> Values<'a> {
    fn new(root: &'a Nested) -> Self {
        Values { pending: Some(root), open: Vec::new() }
    }

    fn advance(&mut self) -> Option<&'a Nested> {
        if let Some(node) = self.pending.take() {
            return Some(node);
        }
        loop {
            let top = self.open.last_mut()?;
            match top.next() {
                Some(node) => return Some(node),
                None => {
                    self.open.pop();
                }
            }
        }
    }
}

impl<'a> Iterator for Values<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        loop {
            match self.advance()? {
                Nested::Value(v) => return Some(*v),
                Nested::List(items) => self.open.push(items.iter()),
            }
        }
    }
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    Values::new(nested).collect()
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
