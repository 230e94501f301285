// learner: optimal
// idiom: single pass over the string storing first char index or a "repeated" marker (follow-up 2), then min over the k map entries; ASCII array fast path
//! First non-repeating character: see README.md.

use std::collections::HashMap;

const REPEATED: usize = usize::MAX;

pub fn first_unique_char(s: &str) -> Option<char> {
    // first position of each char, or REPEATED once seen twice
    let mut ascii = [None::<usize>; 128];
    let mut other: HashMap<char, usize> = HashMap::new();
    for (pos, ch) in s.chars().enumerate() {
        let slot = if ch.is_ascii() {
            &mut ascii[ch as usize]
        } else {
            match other.get_mut(&ch) {
                Some(p) => {
                    *p = REPEATED;
                    continue;
                }
                None => {
                    other.insert(ch, pos);
                    continue;
                }
            }
        };
        *slot = match *slot {
            None => Some(pos),
            Some(_) => Some(REPEATED),
        };
    }
    let mut best: Option<(usize, char)> = None;
    let mut consider = |pos: usize, ch: char| {
        if pos != REPEATED && best.map_or(true, |(b, _)| pos < b) {
            best = Some((pos, ch));
        }
    };
    for (code, slot) in ascii.iter().enumerate() {
        if let Some(pos) = *slot {
            consider(pos, code as u8 as char);
        }
    }
    for (&ch, &pos) in &other {
        consider(pos, ch);
    }
    best.map(|(_, ch)| ch)
}
