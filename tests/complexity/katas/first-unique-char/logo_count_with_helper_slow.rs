// learner: slow
// idiom: logo teacher: a small procedure COUNT.OF that walks the text, called for each character in turn
// why: misses O(n) time: every character triggers a full walk of the text inside count_of, O(n) per char, O(n^2) in total
//! First non-repeating character: see README.md.

// Procedure: how many times does `letter` appear in `text`?
fn count_of(letter: char, text: &str) -> usize {
    let mut how_many = 0;
    for character in text.chars() {
        if character == letter {
            how_many += 1;
        }
    }
    how_many
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    // Try each character in order; the first one that appears only once wins.
    for candidate in s.chars() {
        if count_of(candidate, s) == 1 {
            return Some(candidate);
        }
    }
    None
}
