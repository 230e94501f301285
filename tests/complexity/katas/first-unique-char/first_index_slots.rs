// learner: optimal
// idiom: C-style one pass: HashMap<char, usize> of first index with usize::MAX as "seen twice" sentinel, then scan the map
use std::collections::HashMap;

const DUP: usize = usize::MAX;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut first: HashMap<char, usize> = HashMap::with_capacity(64);
    let mut pos: usize = 0;
    for ch in s.chars() {
        match first.get_mut(&ch) {
            Some(slot) => *slot = DUP,
            None => {
                first.insert(ch, pos);
            }
        }
        pos += 1;
    }
    let mut best_pos = DUP;
    let mut best_ch: Option<char> = None;
    for (&ch, &p) in first.iter() {
        if p != DUP && p < best_pos {
            best_pos = p;
            best_ch = Some(ch);
        }
    }
    best_ch
}
