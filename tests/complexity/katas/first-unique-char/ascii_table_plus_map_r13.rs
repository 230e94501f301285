// learner: optimal
// idiom: Zig-style: fixed [usize; 128] table for ASCII first positions with sentinels, HashMap fallback, one pass over the string then a scan of the tables
use std::collections::HashMap;

const UNSEEN: usize = usize::MAX;
const REPEATED: usize = usize::MAX - 1;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut ascii: [usize; 128] = [UNSEEN; 128];
    let mut wide: HashMap<char, usize> = HashMap::new();

    let mut pos: usize = 0;
    for c in s.chars() {
        let code = c as u32;
        if code < 128 {
            let slot = &mut ascii[code as usize];
            if *slot == UNSEEN {
                *slot = pos;
            } else {
                *slot = REPEATED;
            }
        } else {
            let slot = wide.entry(c).or_insert(UNSEEN);
            if *slot == UNSEEN {
                *slot = pos;
            } else {
                *slot = REPEATED;
            }
        }
        pos += 1;
    }

    let mut best_pos: usize = REPEATED;
    let mut best: Option<char> = None;
    let mut i: usize = 0;
    while i < 128 {
        let p = ascii[i];
        if p < best_pos {
            best_pos = p;
            best = char::from_u32(i as u32);
        }
        i += 1;
    }
    for (&c, &p) in wide.iter() {
        if p < best_pos {
            best_pos = p;
            best = Some(c);
        }
    }
    best
}
