// learner: optimal
// idiom: Python-ish: one pass over chars().enumerate() into HashMap<char, (first_index, count)> via entry().and_modify().or_insert, then filter + min_by_key on the index
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut info: HashMap<char, (usize, usize)> = HashMap::new();
    for (i, c) in s.chars().enumerate() {
        info.entry(c).and_modify(|(_, n)| *n += 1).or_insert((i, 1));
    }
    info.into_iter()
        .filter(|(_, (_, n))| *n == 1)
        .min_by_key(|(_, (i, _))| *i)
        .map(|(c, _)| c)
}
