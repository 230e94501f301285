// learner: optimal
// idiom: iterator chains with fold into a map plus a fixed [u32;128] array for ASCII
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut ascii = [0u32; 128];
    let others: HashMap<char, u32> = s.chars().fold(HashMap::new(), |mut m, c| {
        if c.is_ascii() {
            ascii[c as usize] += 1;
        } else {
            *m.entry(c).or_default() += 1;
        }
        m
    });
    let count_of = |c: char| -> u32 {
        if c.is_ascii() {
            ascii[c as usize]
        } else {
            others.get(&c).copied().unwrap_or(0)
        }
    };
    s.chars().find(|&c| count_of(c) == 1)
}
