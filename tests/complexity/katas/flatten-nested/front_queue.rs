// learner: slow
// why: flatten is O(n^2) time, target O(n): uses a Vec as a queue, taking from the front with remove(0) and inserting children at the front
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut work: Vec<&Nested> = Vec::new();
    work.push(nested);
    while work.len() > 0 {
        let item: &Nested = work.remove(0);
        match item {
            Nested::Value(v) => result.push(*v),
            Nested::List(children) => {
                for i in (0..children.len()).rev() {
                    work.insert(0, &children[i]);
                }
            }
        }
    }
    result
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
