// learner: optimal
// idiom: logo teacher: two passes with named procedures, a HashMap tally then a walk in order
// why: one counting pass and one look-up pass, each O(1) expected per char: O(n) time; the tally has one entry per distinct char, O(k) <= O(n) space
//! First non-repeating character: see README.md.

use std::collections::HashMap;

// Procedure 1: make a tally sheet, how many times each character appears.
fn tally_every_character(text: &str) -> HashMap<char, usize> {
    let mut tally_sheet: HashMap<char, usize> = HashMap::new();
    for character in text.chars() {
        *tally_sheet.entry(character).or_insert(0) += 1;
    }
    tally_sheet
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    // Pass 1: count.
    let tally_sheet = tally_every_character(s);
    // Pass 2: walk the text again from the start; the first character
    // whose tally is exactly 1 is our answer.
    for character in s.chars() {
        if tally_sheet[&character] == 1 {
            return Some(character);
        }
    }
    None
}
