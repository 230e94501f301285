// learner: optimal
// idiom: Pony-style Flattener actor owning a stack of slice iterators and the output; explicit Step enum state machine
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

enum Step {
    Continue,
    Done,
}

struct Flattener<'a> {
    open: Vec<std::slice::Iter<'a, Nested>>,
    out: Vec<i64>,
}

impl<'a> Flattener<'a> {
    fn new(root: &'a Nested) -> Flattener<'a> {
        let mut f = Flattener { open: Vec::new(), out: Vec::new() };
        match root {
            Nested::Value(v) => f.out.push(*v),
            Nested::List(items) => f.open.push(items.iter()),
        }
        f
    }

    fn step(&mut self) -> Step {
        let top = match self.open.last_mut() {
            Some(t) => t,
            None => return Step::Done,
        };
        match top.next() {
            Some(Nested::Value(v)) => self.out.push(*v),
            Some(Nested::List(children)) => self.open.push(children.iter()),
            None => {
                self.open.pop();
            }
        }
        Step::Continue
    }

    fn finish(self) -> Vec<i64> {
        self.out
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut worker = Flattener::new(nested);
    while let Step::Continue = worker.step() {}
    worker.finish()
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
