// learner: optimal
// idiom: Gleam developer: a lazy `Leaves` iterator (like a yielder) that keeps its own stack of slice iterators; flatten just collects it
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Yields the values of a nested list one at a time, depth first.
pub struct Leaves<'a> {
    pending: Vec<std::slice::Iter<'a, Nested>>,
    single: Option<i64>,
}

impl<'a> Leaves<'a> {
    pub fn new(nested: &'a Nested) -> Self {
        match nested {
            Nested::Value(v) => Leaves { pending: Vec::new(), single: Some(*v) },
            Nested::List(items) => Leaves { pending: vec![items.iter()], single: None },
        }
    }
}

impl<'a> Iterator for Leaves<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(v) = self.single.take() {
            return Some(v);
        }
        loop {
            let item = match self.pending.last_mut()?.next() {
                Some(item) => item,
                None => {
                    self.pending.pop();
                    continue;
                }
            };
            match item {
                Nested::Value(v) => return Some(*v),
                Nested::List(children) => self.pending.push(children.iter()),
            }
        }
    }
}

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
