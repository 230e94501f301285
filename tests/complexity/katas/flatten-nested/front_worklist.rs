// learner: slow
// idiom: Nim systems programmer: a to-do Vec worked at its front; a list is replaced in place by its children via insert(0, ..), a value is taken with remove(0)
// why: flatten is O(n^2) time: every remove(0)/insert(0, ..) shifts the whole to-do Vec, so a wide list of n items costs O(n) per item, vs the O(n) target
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut todo: Vec<&Nested> = Vec::new();
    todo.push(nested);
    while todo.len() > 0 {
        let head = todo.remove(0);
        match head {
            Nested::Value(x) => result.push(*x),
            Nested::List(xs) => {
                pushFront(&mut todo, xs);
            }
        }
    }
    result
}

fn pushFront<'a>(todo: &mut Vec<&'a Nested>, xs: &'a [Nested]) {
    let mut i = xs.len();
    while i > 0 {
        i -= 1;
        todo.insert(0, &xs[i]);
    }
}

// ---------------------------------------------------------------------------
// Provided: keep this. Dropping a `Nested` the default way recurses once per
// level, which overflows the stack for very deep values (the tests build one
// 100_000 levels deep). This `Drop` flattens the tree into a work list first,
// so every node is dropped with an empty list: no recursion.
impl Drop for Nested {
    fn drop(&mut self) {
        if let Nested::List(items) = self {
            let mut pending = std::mem::take(items);
            while let Some(mut item) = pending.pop() {
                if let Nested::List(children) = &mut item {
                    pending.append(children);
                }
                // `item` is dropped here with an empty list.
            }
        }
    }
}
