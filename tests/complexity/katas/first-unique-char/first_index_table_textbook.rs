// learner: optimal
// idiom: textbook one-pass "first index or REPEATED sentinel" table, then a scan over the k-entry table
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// Sentinel meaning "seen at least twice".
const REPEATED: usize = usize::MAX;

/// Invariant after processing a prefix: `first[c]` is the char index of the
/// only occurrence of `c` in the prefix, or REPEATED if it occurred twice or more.
struct FirstSeen {
    first: HashMap<char, usize>,
}

impl FirstSeen {
    fn new() -> Self {
        FirstSeen { first: HashMap::new() }
    }

    fn observe(&mut self, c: char, at: usize) {
        self.first
            .entry(c)
            .and_modify(|slot| *slot = REPEATED)
            .or_insert(at);
    }

    fn earliest_unique(&self) -> Option<char> {
        let mut best: Option<(usize, char)> = None;
        for (&c, &at) in &self.first {
            if at == REPEATED {
                continue;
            }
            match best {
                Some((b, _)) if b <= at => {}
                _ => best = Some((at, c)),
            }
        }
        best.map(|(_, c)| c)
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut table = FirstSeen::new();
    for (at, c) in s.chars().enumerate() {
        table.observe(c, at);
    }
    table.earliest_unique()
}
