// learner: optimal
// idiom: Pascal-teacher style: stack of (list, index) records, procedure with &mut out-param, while loops
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/* one record per open list: which list and how far we have read it */
struct Frame<'a> {
    list: &'a Vec<Nested>,
    index: usize,
}

/* procedure Walk(root; var result) */
fn walk<'a>(root: &'a Vec<Nested>, result: &mut Vec<i64>) {
    let mut stack: Vec<Frame<'a>> = Vec::new();
    stack.push(Frame { list: root, index: 0 });
    while stack.len() > 0 {
        let top: usize = stack.len() - 1;
        let i: usize = stack[top].index;
        if i >= stack[top].list.len() {
            stack.pop();
        } else {
            stack[top].index = i + 1;
            let item: &'a Nested = &stack[top].list[i];
            match item {
                Nested::Value(x) => result.push(*x),
                Nested::List(sub) => stack.push(Frame { list: sub, index: 0 }),
            }
        }
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    match nested {
        Nested::Value(x) => result.push(*x),
        Nested::List(items) => walk(items, &mut result),
    }
    result
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
