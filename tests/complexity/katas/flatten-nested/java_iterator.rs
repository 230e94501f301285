// learner: optimal
// idiom: Java/C#-style: a NestedIterator class with hasNext/next-like methods and getters, flatten drains it
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct NestedIterator<'a> {
    stack: Vec<std::slice::Iter<'a, Nested>>,
    pending_single: Option<i64>,
}

impl<'a> NestedIterator<'a> {
    fn new(root: &'a Nested) -> Self {
        match root {
            Nested::Value(v) => NestedIterator { stack: Vec::new(), pending_single: Some(*v) },
            Nested::List(items) => NestedIterator { stack: vec![items.iter()], pending_single: None },
        }
    }

    fn get_depth(&self) -> usize {
        self.stack.len()
    }

    fn get_top(&mut self) -> Option<&mut std::slice::Iter<'a, Nested>> {
        self.stack.last_mut()
    }

    fn has_more_levels(&self) -> bool {
        self.get_depth() > 0
    }

    fn next_value(&mut self) -> Option<i64> {
        if let Some(v) = self.pending_single.take() {
            return Some(v);
        }
        while self.has_more_levels() {
            let item = self.get_top().and_then(|it| it.next());
            match item {
                Some(Nested::Value(v)) => return Some(*v),
                Some(Nested::List(children)) => self.stack.push(children.iter()),
                None => {
                    self.stack.pop();
                }
            }
        }
        None
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut iterator = NestedIterator::new(nested);
    let mut result = Vec::new();
    while let Some(value) = iterator.next_value() {
        result.push(value);
    }
    result
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
