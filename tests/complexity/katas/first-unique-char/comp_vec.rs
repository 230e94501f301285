// learner: optimal
// idiom: competitive: chars collected into a Vec<char>, counts in a HashMap<char, u32> with indexing m[&c], into_iter().find
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let v: Vec<char> = s.chars().collect();
    let mut m: HashMap<char, u32> = HashMap::with_capacity(v.len().min(1 << 16));
    for &c in &v {
        *m.entry(c).or_insert(0) += 1;
    }
    v.into_iter().find(|c| m[c] == 1)
}
