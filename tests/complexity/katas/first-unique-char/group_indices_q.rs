// learner: optimal
// idiom: q/kdb+ quant: `group` the string (char -> list of positions), keep groups of length 1, take the min first position
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    // q: g: group s; first s where 1=count each g
    let mut g: HashMap<char, Vec<usize>> = HashMap::new();
    s.chars().enumerate().for_each(|(i, c)| g.entry(c).or_default().push(i));
    g.into_iter()
        .filter(|(_, ix)| ix.len() == 1)
        .min_by_key(|(_, ix)| ix[0])
        .map(|(c, _)| c)
}
