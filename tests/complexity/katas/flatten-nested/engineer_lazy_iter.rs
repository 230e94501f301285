// learner: optimal
// idiom: over-engineered: module with a custom DepthFirst iterator struct implementing Iterator, a Frame newtype, generic collect
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

mod walk {
    use super::Nested;
    use std::slice::Iter;

    /// One open list on the explicit stack.
    pub struct Frame<'a>(Iter<'a, Nested>);

    impl<'a> Frame<'a> {
        fn advance(&mut self) -> Option<&'a Nested> {
            self.0.next()
        }
    }

    /// What the root looks like before any frame is open.
    enum Root<'a> {
        Pending(&'a Nested),
        Done,
    }

    pub struct DepthFirst<'a> {
        root: Root<'a>,
        frames: Vec<Frame<'a>>,
    }

    impl<'a> DepthFirst<'a> {
        pub fn new(root: &'a Nested) -> Self {
            DepthFirst { root: Root::Pending(root), frames: Vec::new() }
        }
    }

    impl<'a> Iterator for DepthFirst<'a> {
        type Item = i64;

        fn next(&mut self) -> Option<i64> {
            if let Root::Pending(r) = std::mem::replace(&mut self.root, Root::Done) {
                match r {
                    Nested::Value(v) => return Some(*v),
                    Nested::List(items) => self.frames.push(Frame(items.iter())),
                }
            }
            loop {
                let top = self.frames.last_mut()?;
                match top.advance() {
                    Some(Nested::Value(v)) => return Some(*v),
                    Some(Nested::List(items)) => self.frames.push(Frame(items.iter())),
                    None => {
                        self.frames.pop();
                    }
                }
            }
        }
    }
}

pub trait Flattened {
    fn leaves(&self) -> walk::DepthFirst<'_>;
}

impl Flattened for Nested {
    fn leaves(&self) -> walk::DepthFirst<'_> {
        walk::DepthFirst::new(self)
    }
}

fn gather<I: Iterator<Item = i64>, C: FromIterator<i64>>(it: I) -> C {
    it.collect()
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    gather(nested.leaves())
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
