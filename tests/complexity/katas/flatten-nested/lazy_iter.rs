// learner: optimal
// idiom: data-engineer: a lazy Iterator struct (generator-style) over a stack of slice iterators, collected by flatten
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Leaves<'a> {
    pending: Option<i64>,
    frames: Vec<std::slice::Iter<'a, Nested>>,
}

impl<'a> Leaves<'a> {
    fn over(root: &'a Nested) -> Self {
        match root {
            Nested::Value(v) => Leaves { pending: Some(*v), frames: vec![] },
            Nested::List(items) => Leaves { pending: None, frames: vec![items.iter()] },
        }
    }
}

impl<'a> Iterator for Leaves<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(v) = self.pending.take() {
            return Some(v);
        }
        while let Some(frame) = self.frames.last_mut() {
            match frame.next() {
                Some(Nested::Value(v)) => return Some(*v),
                Some(Nested::List(items)) => self.frames.push(items.iter()),
                None => {
                    self.frames.pop();
                }
            }
        }
        None
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    Leaves::over(nested).collect()
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
