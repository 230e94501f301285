// learner: optimal
// idiom: beginner style, explicit (list, index) frames and a plain loop with if/else
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let mut frames: Vec<(&Vec<Nested>, usize)> = Vec::new();
    if let Nested::Value(x) = nested {
        result.push(*x);
        return result;
    }
    if let Nested::List(l) = nested {
        frames.push((l, 0));
    }
    loop {
        let n = frames.len();
        if n == 0 {
            break;
        }
        let (list, i) = frames[n - 1];
        if i >= list.len() {
            frames.pop();
            continue;
        }
        frames[n - 1].1 = i + 1;
        let item = &list[i];
        if let Nested::Value(x) = item {
            result.push(*x);
        } else if let Nested::List(inner) = item {
            frames.push((inner, 0));
        }
    }
    result
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
