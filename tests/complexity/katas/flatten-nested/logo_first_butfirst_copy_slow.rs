// learner: slow
// idiom: logo teacher: FIRST / BUTFIRST / SENTENCE translated literally, building a fresh to-do Vec each step
// why: misses O(n) time: every step copies the whole rest of the to-do list (butfirst via to_vec), O(n) per node, O(n^2) on wide lists
//! Flatten a nested list: see README.md.

/// A value that is either a number or a list of further nested values.
///
/// The derived `Clone`, `PartialEq` and `Debug` recurse: don't use them on very deep values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nested {
    Value(i64),
    List(Vec<Nested>),
}

/// Returns every number in `nested`, in left-to-right (depth-first) order.
///
/// Written the way we do it in Logo, with FIRST and BUTFIRST:
///   to flatten :things
///     if empty? :things [output []]
///     if number? first :things [output fput first :things flatten butfirst :things]
///     output flatten sentence (items-of first :things) butfirst :things
///   end
/// Recursion would overflow, so the "flatten again" becomes another turn of a loop.
pub fn flatten(nested: &Nested) -> Vec<i64> {
    let mut output_numbers = Vec::new();
    let mut things: Vec<&Nested> = vec![nested];

    while !things.is_empty() {
        let first_thing = things[0];
        // BUTFIRST: everything except the first thing, as a new list.
        let but_first: Vec<&Nested> = things[1..].to_vec();
        match first_thing {
            Nested::Value(number) => {
                output_numbers.push(*number);
                things = but_first;
            }
            Nested::List(children) => {
                // SENTENCE: the children of the first thing, then the rest.
                let mut sentence: Vec<&Nested> = Vec::new();
                for child in children {
                    sentence.push(child);
                }
                sentence.extend(but_first);
                things = sentence;
            }
        }
    }
    output_numbers
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
