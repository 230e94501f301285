// learner: optimal
// idiom: heavy generics/traits: a Tree trait implemented for Nested, generic depth-first leaf walk with an explicit stack
//! Flatten a nested list: see README.md.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

trait Tree: Sized {
    type Leaf: Copy;
    fn leaf(&self) -> Option<Self::Leaf>;
    fn children(&self) -> &[Self];
}

impl Tree for Nested {
    type Leaf = i64;

    fn leaf(&self) -> Option<i64> {
        match self {
            Nested::Value(v) => Some(*v),
            Nested::List(_) => None,
        }
    }

    fn children(&self) -> &[Nested] {
        match self {
            Nested::Value(_) => &[],
            Nested::List(items) => items,
        }
    }
}

fn leaves_in_order<T: Tree>(root: &T) -> Vec<T::Leaf> {
    let mut out = Vec::new();
    // (children slice, next position)
    let mut stack: Vec<(&[T], usize)> = Vec::new();
    match root.leaf() {
        Some(l) => return vec![l],
        None => stack.push((root.children(), 0)),
    }
    while let Some(frame) = stack.last_mut() {
        let (items, pos) = *frame;
        if pos == items.len() {
            stack.pop();
            continue;
        }
        frame.1 += 1;
        let node = &items[pos];
        match node.leaf() {
            Some(l) => out.push(l),
            None => stack.push((node.children(), 0)),
        }
    }
    out
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    leaves_in_order(nested)
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
