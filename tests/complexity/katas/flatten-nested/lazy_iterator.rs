// learner: optimal
// idiom: experienced: lazy Iterator struct over a stack of slice iterators, let-else in next(), collect()
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Leaves<'a> {
    open: Vec<std::slice::Iter<'a, Nested>>,
    single: Option<i64>,
}

impl<'a> Leaves<'a> {
    fn over(root: &'a Nested) -> Self {
        match root {
            Nested::Value(x) => Leaves { open: Vec::new(), single: Some(*x) },
            Nested::List(xs) => Leaves { open: vec![xs.iter()], single: None },
        }
    }
}

impl Iterator for Leaves<'_> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        if let Some(x) = self.single.take() {
            return Some(x);
        }
        loop {
            let top = self.open.last_mut()?;
            let Some(node) = top.next() else {
                self.open.pop();
                continue;
            };
            match node {
                Nested::Value(x) => return Some(*x),
                Nested::List(xs) => self.open.push(xs.iter()),
            }
        }
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    Leaves::over(nested).collect()
}

// ---------------------------------------------------------------------------
// Provided: keep this.
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
