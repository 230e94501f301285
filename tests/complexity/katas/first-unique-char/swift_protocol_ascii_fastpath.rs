// learner: optimal
// idiom: Swift protocol-as-trait CharCounter, a fixed ASCII array with a HashMap fallback, index loops and guard-style returns
use std::collections::HashMap;

trait CharCounter {
    fn bump(&mut self, c: char);
    fn count(&self, c: char) -> u32;
}

struct HybridCounter {
    ascii: [u32; 128],
    other: HashMap<char, u32>,
}

impl HybridCounter {
    fn new() -> Self {
        HybridCounter { ascii: [0; 128], other: HashMap::new() }
    }
}

impl CharCounter for HybridCounter {
    fn bump(&mut self, c: char) {
        let code = c as usize;
        if code < 128 {
            self.ascii[code] += 1;
            return;
        }
        *self.other.entry(c).or_default() += 1;
    }

    fn count(&self, c: char) -> u32 {
        let code = c as usize;
        if code < 128 {
            return self.ascii[code];
        }
        match self.other.get(&c) {
            Some(n) => *n,
            None => 0,
        }
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counter = HybridCounter::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        counter.bump(c);
    }
    let mut again = s.chars();
    loop {
        let Some(c) = again.next() else { return None };
        if counter.count(c) == 1 {
            return Some(c);
        }
    }
}
