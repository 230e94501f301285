// learner: optimal
// idiom: Ruby-style one pass: hash of char => Option<first index>, then min_by_key over the hash values
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut firsts: HashMap<char, Option<usize>> = HashMap::new();
    s.chars().enumerate().for_each(|(i, c)| {
        firsts
            .entry(c)
            .and_modify(|slot| *slot = None)
            .or_insert(Some(i));
    });
    firsts
        .into_iter()
        .filter_map(|(c, at)| at.map(|i| (i, c)))
        .min_by_key(|&(i, _)| i)
        .map(|(_, c)| c)
}
