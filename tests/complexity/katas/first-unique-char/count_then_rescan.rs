// learner: optimal
// idiom: Lisp Machine nostalgic: build a property table with a fold, then find the first element satisfying a predicate
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    let plist: HashMap<char, u32> = s.chars().fold(HashMap::new(), |mut table, c| {
        *table.entry(c).or_insert(0) += 1;
        table
    });
    s.chars().find(|c| plist.get(c) == Some(&1))
}
