// learner: optimal
// idiom: C-style: two parallel Vec stacks (open lists and their next index), manual top/depth bookkeeping, while loop with continue
//! Flatten a nested list without recursion.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(items) => items,
    };
    let mut lists: Vec<&Vec<Nested>> = vec![root];
    let mut next: Vec<usize> = vec![0];
    while !lists.is_empty() {
        let top = lists.len() - 1;
        let i = next[top];
        if i >= lists[top].len() {
            lists.pop();
            next.pop();
            continue;
        }
        next[top] = i + 1;
        match &lists[top][i] {
            Nested::Value(v) => out.push(*v),
            Nested::List(sub) => {
                lists.push(sub);
                next.push(0);
            }
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
