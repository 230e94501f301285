// learner: optimal
// idiom: hardware-style FSM: explicit FETCH/DESCEND/ASCEND states, a stack of (slice, program-counter) registers, cycle-by-cycle loop
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

#[derive(Clone, Copy)]
enum Phase {
    Fetch,
    Ascend,
    Halt,
}

struct Frame<'a> {
    items: &'a [Nested],
    pc: usize,
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    let root: &[Nested] = std::slice::from_ref(nested);
    let mut frames: Vec<Frame> = vec![Frame { items: root, pc: 0 }];
    let mut phase = Phase::Fetch;
    loop {
        phase = match phase {
            Phase::Fetch => {
                let f = frames.last_mut().unwrap();
                if f.pc >= f.items.len() {
                    Phase::Ascend
                } else {
                    let item = &f.items[f.pc];
                    f.pc += 1;
                    match item {
                        Nested::Value(v) => out.push(*v),
                        Nested::List(sub) => frames.push(Frame { items: sub, pc: 0 }),
                    }
                    Phase::Fetch
                }
            }
            Phase::Ascend => {
                frames.pop();
                if frames.is_empty() {
                    Phase::Halt
                } else {
                    Phase::Fetch
                }
            }
            Phase::Halt => break,
        };
    }
    out
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
