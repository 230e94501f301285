// learner: optimal
// idiom: student in a hurry: stack of slice iterators, one-letter names, while-let on last_mut
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut o = Vec::new();
    let l = match nested {
        Nested::Value(v) => return vec![*v],
        Nested::List(l) => l,
    };
    let mut s = vec![l.iter()];
    while let Some(t) = s.last_mut() {
        match t.next() {
            Some(Nested::Value(v)) => o.push(*v),
            Some(Nested::List(c)) => s.push(c.iter()),
            None => {
                s.pop();
            }
        }
    }
    o
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
