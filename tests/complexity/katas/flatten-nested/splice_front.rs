// learner: slow
// why: flatten is O(n^2) time, target O(n): splices each list's children into the front of a Vec work list, shifting the whole remainder each time
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut work: Vec<&Nested> = vec![nested];
    let mut out = Vec::new();
    let mut i = 0;
    while i < work.len() {
        let node = work[i];
        i += 1;
        if let Nested::List(kids) = node {
            // drop the processed prefix and put the children first
            work.drain(..i);
            i = 0;
            work.splice(0..0, kids.iter());
        } else if let Nested::Value(v) = node {
            out.push(*v);
        }
    }
    out
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
