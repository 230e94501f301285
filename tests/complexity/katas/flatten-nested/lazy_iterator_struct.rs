// learner: optimal
// idiom: follow-up 1: a lazy Flatten iterator struct with next(), collected at the end
/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Lazily yields the numbers of a nested list, depth first.
pub struct Flat<'a> {
    pending_value: Option<i64>,
    open: Vec<std::slice::Iter<'a, Nested>>,
}

impl<'a> Flat<'a> {
    fn new(root: &'a Nested) -> Self {
        match root {
            Nested::Value(v) => Flat { pending_value: Some(*v), open: Vec::new() },
            Nested::List(items) => Flat { pending_value: None, open: vec![items.iter()] },
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
            let top = self.open.last_mut()?;
            match top.next() {
                None => {
                    self.open.pop();
                }
                Some(Nested::Value(v)) => return Some(*v),
                Some(Nested::List(inner)) => self.open.push(inner.iter()),
            }
        }
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    Flat::new(nested).collect()
}

impl Drop for Nested {
    fn drop(&mut self) {
        if let Nested::List(items) = self {
            let mut pending = std::mem::take(items);
            while let Some(mut item) = pending.pop() {
                if let Nested::List(children) = &mut item {
                    pending.append(children);
                }
            }
        }
    }
}

