// learner: optimal
// idiom: beginner index loops: fixed [u32; 128] table for ASCII, HashMap for the rest, two explicit for-loops with early return
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut ascii = [0u32; 128];
    let mut other: HashMap<char, u32> = HashMap::new();

    for ch in s.chars() {
        if (ch as u32) < 128 {
            ascii[ch as usize] += 1;
        } else {
            let e = other.entry(ch).or_insert(0);
            *e += 1;
        }
    }

    for ch in s.chars() {
        let count = if (ch as u32) < 128 {
            ascii[ch as usize]
        } else {
            other[&ch]
        };
        if count == 1 {
            return Some(ch);
        }
    }
    None
}
