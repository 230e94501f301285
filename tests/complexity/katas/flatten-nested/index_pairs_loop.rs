// learner: optimal
// idiom: VBA-style explicit (list, index) pairs on a Vec stack, while loop with manual index bumps and temporaries
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut result: Vec<i64> = Vec::new();
    let top_list: &Vec<Nested>;
    match nested {
        Nested::Value(v) => {
            result.push(*v);
            return result;
        }
        Nested::List(items) => {
            top_list = items;
        }
    }
    // each entry: which list we are in, and which position we are at in it
    let mut open_lists: Vec<&Vec<Nested>> = Vec::new();
    let mut positions: Vec<usize> = Vec::new();
    open_lists.push(top_list);
    positions.push(0);
    while open_lists.len() > 0 {
        let level = open_lists.len() - 1;
        let current_list = open_lists[level];
        let current_pos = positions[level];
        if current_pos >= current_list.len() {
            // done with this list, go back up
            open_lists.pop();
            positions.pop();
        } else {
            positions[level] = current_pos + 1;
            let item = &current_list[current_pos];
            match item {
                Nested::Value(number) => {
                    result.push(*number);
                }
                Nested::List(sub_list) => {
                    open_lists.push(sub_list);
                    positions.push(0);
                }
            }
        }
    }
    result
}

// ---------------------------------------------------------------------------
// Provided: keep this. Dropping a `Nested` the default way recurses once per
// level, which overflows the stack for very deep values (the tests build one
// 100_000 levels deep). This `Drop` flattens the tree into a work list first,
// so every node is dropped with an empty list: no recursion.
impl Drop for Nested {
    fn drop(&mut self) {
        if let Nested::List(items) = self {
            let mut pending = std::mem::take(items);
            while let Some(mut item) = pending.pop() {
                if let Nested::List(children) = &mut item {
                    pending.append(children);
                }
                // `item` is dropped here with an empty list.
            }
        }
    }
}
