// learner: optimal
// idiom: MATLAB-style: explicit frames of (slice, position) with index counters and a while loop, preallocated output
/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::with_capacity(16);
    let top: &[Nested] = std::slice::from_ref(nested);
    let mut lists: Vec<&[Nested]> = Vec::with_capacity(8);
    let mut pos: Vec<usize> = Vec::with_capacity(8);
    lists.push(top);
    pos.push(0);
    let mut depth: usize = 1; // number of open frames
    while depth > 0 {
        let k = depth - 1;
        let cur = lists[k];
        let i = pos[k];
        if i >= cur.len() {
            lists.pop();
            pos.pop();
            depth -= 1;
            continue;
        }
        pos[k] = i + 1;
        match &cur[i] {
            Nested::Value(x) => out.push(*x),
            Nested::List(children) => {
                lists.push(children.as_slice());
                pos.push(0);
                depth += 1;
            }
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
