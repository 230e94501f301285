// learner: optimal
// idiom: Elm-style: stack of slice iterators, exhaustive match on (top.next()), no index arithmetic
/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    match nested {
        Nested::Value(v) => vec![*v],
        Nested::List(items) => {
            let mut out = Vec::new();
            let mut stack = vec![items.iter()];
            while let Some(top) = stack.last_mut() {
                match top.next() {
                    Some(Nested::Value(v)) => out.push(*v),
                    Some(Nested::List(children)) => stack.push(children.iter()),
                    None => {
                        stack.pop();
                    }
                }
            }
            out
        }
    }
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
