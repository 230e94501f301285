// learner: optimal
// idiom: SRE fast path: fixed [u32; 128] table for ASCII, HashMap only for the rest, index loops via while
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut ascii = [0u32; 128];
    let mut other: HashMap<char, u32> = HashMap::new();
    let bump = |c: char, ascii: &mut [u32; 128], other: &mut HashMap<char, u32>| {
        if c.is_ascii() {
            ascii[c as usize] += 1;
        } else {
            *other.entry(c).or_default() += 1;
        }
    };
    let mut it = s.chars();
    while let Some(c) = it.next() {
        bump(c, &mut ascii, &mut other);
    }
    let mut it = s.chars();
    while let Some(c) = it.next() {
        let n = if c.is_ascii() { ascii[c as usize] } else { other[&c] };
        if n == 1 {
            return Some(c);
        }
    }
    None
}
