// learner: optimal
// idiom: web-dev style: a Flattener struct holding a stack of slice iterators, builder-ish new/run, while-let + match
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

struct Flattener<'a> {
    frames: Vec<std::slice::Iter<'a, Nested>>,
    out: Vec<i64>,
}

impl<'a> Flattener<'a> {
    fn new(root: &'a Nested) -> Self {
        let mut me = Self { frames: Vec::new(), out: Vec::new() };
        match root {
            Nested::Value(v) => me.out.push(*v),
            Nested::List(items) => me.frames.push(items.iter()),
        }
        me
    }

    fn run(mut self) -> Vec<i64> {
        while let Some(top) = self.frames.last_mut() {
            match top.next() {
                Some(Nested::Value(v)) => self.out.push(*v),
                Some(Nested::List(children)) => self.frames.push(children.iter()),
                None => {
                    self.frames.pop();
                }
            }
        }
        self.out
    }
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    Flattener::new(nested).run()
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
