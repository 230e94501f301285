// learner: optimal
// idiom: systems: fixed [u32; 128] counter table for ASCII, HashMap<u32,u32> fallback for the rest, loop/match with explicit break
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut ascii = [0u32; 128];
    let mut wide: HashMap<u32, u32> = HashMap::new();
    for c in s.chars() {
        let v = c as u32;
        if v < 128 {
            ascii[v as usize] += 1;
        } else {
            *wide.entry(v).or_insert(0) += 1;
        }
    }
    let mut it = s.chars();
    let mut answer = None;
    loop {
        let c = match it.next() {
            Some(c) => c,
            None => break,
        };
        let v = c as u32;
        let n = if v < 128 { ascii[v as usize] } else { wide[&v] };
        if n == 1 {
            answer = Some(c);
            break;
        }
    }
    answer
}
