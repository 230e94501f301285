// learner: optimal
// idiom: C-style: stack of slice iterators, loop with explicit break on empty stack, manual top index
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let top_items = match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => items,
    };
    let mut stack: Vec<std::slice::Iter<'_, Nested>> = Vec::new();
    stack.push(top_items.iter());
    loop {
        let depth = stack.len();
        if depth == 0 {
            break;
        }
        let next = stack[depth - 1].next();
        match next {
            None => {
                stack.pop();
            }
            Some(Nested::Value(v)) => out.push(*v),
            Some(Nested::List(sub)) => stack.push(sub.iter()),
        }
    }
    out
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
