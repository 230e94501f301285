// learner: optimal
// idiom: Objective-C macOS veteran: a lazy NestedFlattener struct implementing Iterator (like an NSEnumerator subclass with -nextObject), flatten just collects it
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Walks a nested list on demand, one number per `next()`.
pub struct NestedFlattener<'a> {
    pendingEnumerators: Vec<std::slice::Iter<'a, Nested>>,
    leadingValue: Option<i64>,
}

#[allow(non_snake_case)]
impl<'a> NestedFlattener<'a> {
    pub fn withNested(nested: &'a Nested) -> Self {
        match nested {
            Nested::Value(number) => NestedFlattener { pendingEnumerators: Vec::new(), leadingValue: Some(*number) },
            Nested::List(items) => NestedFlattener { pendingEnumerators: vec![items.iter()], leadingValue: None },
        }
    }
}

impl<'a> Iterator for NestedFlattener<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(number) = self.leadingValue.take() {
            return Some(number);
        }
        loop {
            let enumerator = self.pendingEnumerators.last_mut()?;
            match enumerator.next() {
                None => {
                    self.pendingEnumerators.pop();
                }
                Some(Nested::List(children)) => self.pendingEnumerators.push(children.iter()),
                Some(Nested::Value(number)) => return Some(*number),
            }
        }
    }
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    NestedFlattener::withNested(nested).collect()
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
