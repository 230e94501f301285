// learner: optimal
// idiom: student: stack of &Nested, children pushed reversed with .rev(), loop + if-let
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut r = vec![];
    let mut s = vec![nested];
    loop {
        let Some(x) = s.pop() else { break };
        if let Nested::List(l) = x {
            s.extend(l.iter().rev());
        } else if let Nested::Value(v) = x {
            r.push(*v);
        }
    }
    r
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
