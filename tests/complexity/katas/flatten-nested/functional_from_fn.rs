// learner: optimal
// idiom: functional: values(root) returns impl Iterator built with iter::from_fn over a captured stack of slice iterators, flatten = values(..).collect()
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
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

fn values(root: &Nested) -> impl Iterator<Item = i64> + '_ {
    let mut pending: Option<i64> = None;
    let mut stack: Vec<std::slice::Iter<'_, Nested>> = Vec::new();
    match root {
        Nested::Value(v) => pending = Some(*v),
        Nested::List(items) => stack.push(items.iter()),
    }
    std::iter::from_fn(move || {
        if let Some(v) = pending.take() {
            return Some(v);
        }
        loop {
            let next = stack.last_mut()?.next();
            match next {
                Some(Nested::Value(v)) => return Some(*v),
                Some(Nested::List(items)) => stack.push(items.iter()),
                None => {
                    stack.pop();
                }
            }
        }
    })
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    values(nested).collect()
}
