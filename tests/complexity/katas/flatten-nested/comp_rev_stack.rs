// learner: optimal
// idiom: competitive: Vec<&Nested> stack, children pushed with extend(iter().rev()), one-line match arms
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
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

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let (mut r, mut st) = (vec![], vec![nested]);
    while let Some(x) = st.pop() {
        match x {
            Nested::Value(v) => r.push(*v),
            Nested::List(c) => st.extend(c.iter().rev()),
        }
    }
    r
}
