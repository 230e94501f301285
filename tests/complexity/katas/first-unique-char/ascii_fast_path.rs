// learner: optimal
// idiom: fixed [u32; 128] counters for ASCII plus a HashMap for other chars, index loops over a collected-free second pass
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut ascii = [0u32; 128];
    let mut other: HashMap<char, u32> = HashMap::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        let code = c as u32;
        if code < 128 {
            ascii[code as usize] += 1;
        } else {
            let e = other.entry(c).or_default();
            *e += 1;
        }
    }
    let mut it = s.chars();
    loop {
        let c = match it.next() {
            Some(c) => c,
            None => return None,
        };
        let n = if (c as u32) < 128 { ascii[c as usize] } else { other[&c] };
        if n == 1 {
            return Some(c);
        }
    }
}
