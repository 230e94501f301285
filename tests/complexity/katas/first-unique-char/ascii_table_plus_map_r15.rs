// learner: optimal
// idiom: fixed 128-slot table for ASCII, HashMap fallback for other chars, helper fns and for loops
use std::collections::HashMap;

struct Counter {
    ascii: [u32; 128],
    other: HashMap<char, u32>,
}

impl Counter {
    fn new() -> Self {
        Counter { ascii: [0; 128], other: HashMap::new() }
    }

    fn bump(&mut self, c: char) {
        if c.is_ascii() {
            self.ascii[c as usize] += 1;
        } else {
            *self.other.entry(c).or_default() += 1;
        }
    }

    fn get(&self, c: char) -> u32 {
        if c.is_ascii() {
            self.ascii[c as usize]
        } else {
            self.other.get(&c).copied().unwrap_or(0)
        }
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counter = Counter::new();
    for c in s.chars() {
        counter.bump(c);
    }
    for c in s.chars() {
        if counter.get(c) == 1 {
            return Some(c);
        }
    }
    None
}
