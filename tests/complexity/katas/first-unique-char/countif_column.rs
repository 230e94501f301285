// learner: optimal
// idiom: spreadsheet power user: first build a COUNTIF table (char -> count), then walk the text again and take the first row whose count is 1
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    // step 1: the count table
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        let cell = counts.entry(c).or_insert(0);
        *cell += 1;
    }
    // step 2: first row with count = 1
    for c in s.chars() {
        if counts[&c] == 1 {
            return Some(c);
        }
    }
    None
}
