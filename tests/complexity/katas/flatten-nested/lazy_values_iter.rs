// learner: optimal
// idiom: Erlang-flavoured lazy iterator (gen-like process state in a struct), loop inside next(), collected by the caller
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Lazily yields the numbers of a `Nested`, depth first.
pub struct Values<'a> {
    pending: Option<i64>,
    open: Vec<std::slice::Iter<'a, Nested>>,
}

impl<'a> Values<'a> {
    fn of(root: &'a Nested) -> Self {
        match root {
            Nested::Value(v) => Values { pending: Some(*v), open: Vec::new() },
            Nested::List(xs) => Values { pending: None, open: vec![xs.iter()] },
        }
    }
}

impl<'a> Iterator for Values<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(v) = self.pending.take() {
            return Some(v);
        }
        loop {
            let it = self.open.last_mut()?;
            match it.next() {
                Some(Nested::Value(v)) => return Some(*v),
                Some(Nested::List(xs)) => self.open.push(xs.iter()),
                None => drop(self.open.pop()),
            }
        }
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    Values::of(nested).collect()
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
