// learner: optimal
// idiom: trait-generic: a Tree trait (leaf / children), generic walk<T: Tree, F: FnMut> over a stack of remaining slices advanced with split_first, flatten passes a push closure
//! Flatten a nested list without recursion.

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
            Nested::List(xs) => xs.as_slice(),
        }
    }
}

fn walk<T: Tree, F: FnMut(T::Leaf)>(root: &T, mut visit: F) {
    if let Some(x) = root.leaf() {
        visit(x);
        return;
    }
    let mut pending: Vec<&[T]> = vec![root.children()];
    while let Some(rest) = pending.last_mut() {
        let Some((first, tail)) = rest.split_first() else {
            pending.pop();
            continue;
        };
        *rest = tail;
        match first.leaf() {
            Some(x) => visit(x),
            None => pending.push(first.children()),
        }
    }
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut values = Vec::new();
    walk(nested, |v| values.push(v));
    values
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
