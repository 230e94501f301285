// learner: optimal
// idiom: CharCounter struct: fixed [u32; 128] array for ASCII fast path plus a HashMap fallback for other chars, index loops over a collected-free double pass
use std::collections::HashMap;

struct CharCounter {
    ascii_counts: [u32; 128],
    other_counts: HashMap<char, u32>,
}

impl CharCounter {
    fn new() -> Self {
        CharCounter { ascii_counts: [0; 128], other_counts: HashMap::new() }
    }

    fn record(&mut self, c: char) {
        if c.is_ascii() {
            self.ascii_counts[c as usize] += 1;
        } else {
            *self.other_counts.entry(c).or_default() += 1;
        }
    }

    fn count_of(&self, c: char) -> u32 {
        if c.is_ascii() {
            self.ascii_counts[c as usize]
        } else {
            match self.other_counts.get(&c) {
                Some(n) => *n,
                None => 0,
            }
        }
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counter = CharCounter::new();
    for c in s.chars() {
        counter.record(c);
    }
    for c in s.chars() {
        if counter.count_of(c) == 1 {
            return Some(c);
        }
    }
    None
}
