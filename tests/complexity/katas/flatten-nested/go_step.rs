// learner: optimal
// idiom: Go-style: stack of slice iterators, a step helper taking (&mut stack, &mut out) returning bool, plain for loop driver with break
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

fn step<'a>(stack: &mut Vec<std::slice::Iter<'a, Nested>>, out: &mut Vec<i64>) -> bool {
    let top = match stack.last_mut() {
        Some(t) => t,
        None => return false,
    };
    match top.next() {
        None => {
            stack.pop();
        }
        Some(Nested::Value(v)) => out.push(*v),
        Some(Nested::List(children)) => stack.push(children.iter()),
    }
    true
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let mut stack = Vec::new();
    match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => stack.push(items.iter()),
    }
    loop {
        if !step(&mut stack, &mut out) {
            break;
        }
    }
    out
}
