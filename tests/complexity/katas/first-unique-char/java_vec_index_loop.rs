// learner: optimal
// idiom: Java-ish: copy chars into a Vec (like toCharArray), HashMap counts via entry, classic index for-loops
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let chars: Vec<char> = s.chars().collect();
    let length = chars.len();
    if length == 0 {
        return None;
    }
    let mut frequency: HashMap<char, i32> = HashMap::with_capacity(64);
    for i in 0..length {
        *frequency.entry(chars[i]).or_insert(0) += 1;
    }
    for i in 0..length {
        let current = chars[i];
        if frequency[&current] == 1 {
            return Some(current);
        }
    }
    return None;
}
