// learner: optimal
// idiom: D-style one pass over the string: fold into a map of first-index-or-repeated, then a range min over the k-sized map
use std::collections::HashMap;

#[derive(Clone, Copy)]
enum Seen {
    Once(usize),
    Many,
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let seen = s.chars().enumerate().fold(HashMap::new(), |mut acc: HashMap<char, Seen>, (i, c)| {
        acc.entry(c)
            .and_modify(|v| *v = Seen::Many)
            .or_insert(Seen::Once(i));
        acc
    });
    seen.into_iter()
        .filter_map(|(c, v)| match v {
            Seen::Once(i) => Some((i, c)),
            Seen::Many => None,
        })
        .min_by_key(|&(i, _)| i)
        .map(|(_, c)| c)
}
