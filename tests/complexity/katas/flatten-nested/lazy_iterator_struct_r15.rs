// learner: optimal
// idiom: lazy Iterator struct holding a stack of slice iterators, flatten = collect()
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Leaves<'a> {
    single: Option<i64>,
    stack: Vec<std::slice::Iter<'a, Nested>>,
}

impl<'a> Leaves<'a> {
    fn new(root: &'a Nested) -> Self {
        match root {
            Nested::Value(v) => Leaves { single: Some(*v), stack: Vec::new() },
            Nested::List(items) => Leaves { single: None, stack: vec![items.iter()] },
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

pub fn flatten(nested: &Nested) -> Vec<i64> {
    Leaves::new(nested).collect()
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
