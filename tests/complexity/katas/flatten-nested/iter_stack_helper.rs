// learner: optimal
// idiom: TS-style: stack of slice iterators with a small helper function, while-let over last_mut
/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Small helper: a value goes to the output, a list opens a new iterator.
fn visit<'a>(node: &'a Nested, result: &mut Vec<i64>, stack: &mut Vec<std::slice::Iter<'a, Nested>>) {
    match node {
        Nested::Value(value) => result.push(*value),
        Nested::List(children) => stack.push(children.iter()),
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result = Vec::new();
    let mut stack: Vec<std::slice::Iter<'_, Nested>> = Vec::new();

    // start from the top: a bare value is just itself
    visit(nested, &mut result, &mut stack);

    while let Some(current) = stack.last_mut() {
        let maybe_next: Option<&Nested> = current.next();
        match maybe_next {
            Some(child) => visit(child, &mut result, &mut stack),
            None => {
                stack.pop();
            }
        }
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

