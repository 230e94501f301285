// learner: optimal
// idiom: Erlang-style walker state record with a stack of slice iterators; loop replaces the tail-recursive walk/2, match on each 'message'
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// What the top of the stack hands us next.
enum Step<'a> {
    Emit(i64),
    Descend(&'a [Nested]),
    Ascend,
}

struct Walker<'a> {
    frames: Vec<std::slice::Iter<'a, Nested>>,
    acc: Vec<i64>,
}

impl<'a> Walker<'a> {
    fn step(&mut self) -> Option<Step<'a>> {
        let top = self.frames.last_mut()?;
        Some(match top.next() {
            Some(Nested::Value(v)) => Step::Emit(*v),
            Some(Nested::List(kids)) => Step::Descend(kids),
            None => Step::Ascend,
        })
    }

    fn run(mut self) -> Vec<i64> {
        while let Some(msg) = self.step() {
            match msg {
                Step::Emit(v) => self.acc.push(v),
                Step::Descend(kids) => self.frames.push(kids.iter()),
                Step::Ascend => {
                    self.frames.pop();
                }
            }
        }
        self.acc
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    match nested {
        Nested::Value(v) => vec![*v],
        Nested::List(items) => Walker { frames: vec![items.iter()], acc: Vec::new() }.run(),
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
