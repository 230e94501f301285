// learner: optimal
// idiom: Tcl-ish: explicit stack of (list, position) frames with manual index counters, like walking nested lists with lindex
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let top = match nested {
        Nested::Value(v) => {
            out.push(*v);
            return out;
        }
        Nested::List(items) => items,
    };
    // each frame: the list we are in, and the index of the next element to look at
    let mut frames: Vec<(&Vec<Nested>, usize)> = vec![(top, 0)];
    while !frames.is_empty() {
        let depth = frames.len() - 1;
        let (list, pos) = frames[depth];
        if pos >= list.len() {
            frames.pop();
            continue;
        }
        frames[depth].1 = pos + 1;
        match &list[pos] {
            Nested::Value(v) => out.push(*v),
            Nested::List(sub) => frames.push((sub, 0)),
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
