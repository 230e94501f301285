// learner: optimal
// idiom: stack of (slice, index) frames, while loop with if/else, no match on iterators
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut out = Vec::new();
    let root: &[Nested] = if let Nested::List(items) = nested {
        items
    } else if let Nested::Value(x) = nested {
        out.push(*x);
        return out;
    } else {
        unreachable!()
    };
    let mut frames: Vec<(&[Nested], usize)> = vec![(root, 0)];
    while !frames.is_empty() {
        let depth = frames.len() - 1;
        let (slice, idx) = frames[depth];
        if idx == slice.len() {
            frames.pop();
            continue;
        }
        frames[depth].1 = idx + 1;
        if let Nested::List(children) = &slice[idx] {
            frames.push((children.as_slice(), 0));
        } else if let Nested::Value(x) = &slice[idx] {
            out.push(*x);
        }
    }
    out
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
