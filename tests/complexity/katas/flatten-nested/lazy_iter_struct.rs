// learner: optimal
// idiom: lazy iterator struct built by `flatten_iter(..)` and collected; each next() amortised O(1), stack holds one iterator per open list
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub struct FlattenIter<'a> {
    stack: Vec<std::slice::Iter<'a, Nested>>,
    single: Option<i64>,
}

impl<'a> Iterator for FlattenIter<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(v) = self.single.take() {
            return Some(v);
        }
        loop {
            let top = self.stack.last_mut()?;
            match top.next() {
                Some(Nested::Value(v)) => return Some(*v),
                Some(Nested::List(items)) => self.stack.push(items.iter()),
                None => {
                    self.stack.pop();
                }
            }
        }
    }
}

pub fn flatten_iter(nested: &Nested) -> FlattenIter<'_> {
    match nested {
        Nested::Value(v) => FlattenIter { stack: Vec::new(), single: Some(*v) },
        Nested::List(items) => FlattenIter { stack: vec![items.iter()], single: None },
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    flatten_iter(nested).collect()
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
