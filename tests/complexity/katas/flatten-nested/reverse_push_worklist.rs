// learner: optimal
// idiom: PowerShell sysadmin: a work-list of pending items ($todo), children pushed in reverse so Pop() comes out left-to-right, like walking Get-ChildItem with a Stack[object]
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut results = Vec::new();
    let mut todo: Vec<&Nested> = vec![nested];
    while let Some(item) = todo.pop() {
        match item {
            Nested::Value(number) => results.push(*number),
            Nested::List(children) => {
                // push right-to-left so the leftmost child is handled first
                todo.extend(children.iter().rev());
            }
        }
    }
    results
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
