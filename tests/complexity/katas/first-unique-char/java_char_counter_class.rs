// learner: optimal
// idiom: Java-ish CharCounter class around a HashMap<char, Integer-like usize>, getters, two for-loops with early return
#![allow(non_snake_case)]
use std::collections::HashMap;

struct CharCounter {
    counts: HashMap<char, usize>,
}

impl CharCounter {
    fn new() -> Self {
        CharCounter { counts: HashMap::new() }
    }

    fn add(&mut self, c: char) {
        if self.counts.containsKey(c) {
            let old = self.getCount(c);
            self.counts.insert(c, old + 1);
        } else {
            self.counts.insert(c, 1);
        }
    }

    fn getCount(&self, c: char) -> usize {
        match self.counts.get(&c) {
            Some(n) => *n,
            None => 0,
        }
    }
}

trait ContainsKey {
    fn containsKey(&self, c: char) -> bool;
}

impl ContainsKey for HashMap<char, usize> {
    fn containsKey(&self, c: char) -> bool {
        self.contains_key(&c)
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    if s.is_empty() {
        return None;
    }
    let mut counter = CharCounter::new();
    for c in s.chars() {
        counter.add(c);
    }
    for c in s.chars() {
        if counter.getCount(c) == 1 {
            return Some(c);
        }
    }
    None
}
