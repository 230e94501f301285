// learner: optimal
// idiom: generic Tally struct over any Hash+Eq item with associated constructor, extension trait on str
//! First non-repeating character: see README.md.

use std::collections::HashMap;
use std::hash::Hash;

struct Tally<T> {
    counts: HashMap<T, usize>,
}

impl<T: Hash + Eq + Copy> Tally<T> {
    fn from_iter<I: IntoIterator<Item = T>>(items: I) -> Self {
        let mut counts = HashMap::new();
        for item in items {
            *counts.entry(item).or_insert(0usize) += 1;
        }
        Tally { counts }
    }

    fn is_single(&self, item: &T) -> bool {
        self.counts.get(item).copied() == Some(1)
    }
}

trait FirstUnique {
    fn first_unique(&self) -> Option<char>;
}

impl FirstUnique for str {
    fn first_unique(&self) -> Option<char> {
        let tally = Tally::from_iter(self.chars());
        self.chars().find(|c| tally.is_single(c))
    }
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    s.first_unique()
}
