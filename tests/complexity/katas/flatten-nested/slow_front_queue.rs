// learner: slow
// why: flatten is O(n^2) time, target O(n): work list kept in order by popping remove(0) and splicing children at the front
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut t: Vec<&Nested> = vec![nested];
    let mut o = Vec::new();
    while !t.is_empty() {
        let x = t.remove(0);
        match x {
            Nested::Value(v) => o.push(*v),
            Nested::List(l) => {
                t.splice(0..0, l.iter());
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
