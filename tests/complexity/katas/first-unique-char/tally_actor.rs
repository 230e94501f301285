// learner: optimal
// idiom: Pony-style Tally struct that owns the counts and receives `seen`/`count_of` messages; two passes
//! First non-repeating character: see README.md.

use std::collections::HashMap;

struct Tally {
    counts: HashMap<char, u32>,
}

impl Tally {
    fn create() -> Tally {
        Tally { counts: HashMap::new() }
    }

    fn seen(&mut self, c: char) {
        let slot = self.counts.entry(c).or_insert(0);
        *slot += 1;
    }

    fn count_of(&self, c: char) -> u32 {
        match self.counts.get(&c) {
            Some(n) => *n,
            None => 0,
        }
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut tally = Tally::create();
    for c in s.chars() {
        tally.seen(c);
    }
    for c in s.chars() {
        if tally.count_of(c) == 1 {
            return Some(c);
        }
    }
    None
}
