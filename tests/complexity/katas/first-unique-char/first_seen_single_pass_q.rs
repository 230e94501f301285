// learner: optimal
// idiom: q/kdb+ quant: one pass over the long column storing first index or a "dup" marker, then a reduction over the k-sized dictionary only
//! First non-repeating character: see README.md.

use std::collections::HashMap;

const DUP: usize = usize::MAX;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut first: HashMap<char, usize> = HashMap::with_capacity(64);
    for (i, c) in s.chars().enumerate() {
        first.entry(c).and_modify(|ix| *ix = DUP).or_insert(i);
    }
    first
        .iter()
        .filter(|&(_, &ix)| ix != DUP)
        .min_by_key(|&(_, &ix)| ix)
        .map(|(&c, _)| c)
}
