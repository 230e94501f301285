// learner: optimal
// idiom: web-dev style: a CharTally builder struct with from_str/into lookup, entry API and iterator find
//! First non-repeating character: see README.md.

use std::collections::HashMap;

#[derive(Debug, Default)]
struct CharTally {
    counts: HashMap<char, usize>,
}

impl CharTally {
    fn with_capacity(cap: usize) -> Self {
        Self { counts: HashMap::with_capacity(cap) }
    }

    fn ingest(mut self, s: &str) -> Self {
        s.chars().for_each(|c| *self.counts.entry(c).or_insert(0) += 1);
        self
    }

    fn is_unique(&self, c: char) -> bool {
        self.counts.get(&c).copied() == Some(1)
    }
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    let tally = CharTally::with_capacity(s.len().min(1 << 16)).ingest(s);
    s.chars().find(|&c| tally.is_unique(c))
}
