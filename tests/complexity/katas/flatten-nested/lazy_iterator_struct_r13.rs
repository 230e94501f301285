// learner: optimal
// idiom: a lazy `Iterator` struct holding the stack of iterators; flatten just collects it
/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Leaves<'a> {
    open: Vec<std::slice::Iter<'a, Nested>>,
}

impl<'a> Leaves<'a> {
    fn over(root: &'a Nested) -> Self {
        Leaves { open: vec![std::slice::from_ref(root).iter()] }
    }
}

impl<'a> Iterator for Leaves<'a> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        loop {
            let top = self.open.last_mut()?;
            if let Some(node) = top.next() {
                if let Nested::List(kids) = node {
                    self.open.push(kids.iter());
                } else if let Nested::Value(x) = node {
                    return Some(*x);
                }
            } else {
                self.open.pop();
            }
        }
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
