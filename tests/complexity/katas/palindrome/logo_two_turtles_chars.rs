// learner: optimal
// idiom: logo teacher: two "turtles" on one double-ended Chars, named procedures to step each turtle past non-letters
// why: each char is consumed once by next() or next_back(), so O(n) time; only the iterator and two chars are kept, O(1) extra space
//! Palindrome check without a copy: see README.md.

use std::str::Chars;

// Procedure: walk the LEFT turtle forward until it stands on a letter or digit.
// Returns None when the turtles have met (nothing left to read).
fn step_left_turtle_to_next_letter(walk: &mut Chars) -> Option<char> {
    loop {
        let next_character = walk.next()?;
        if next_character.is_alphanumeric() {
            return Some(next_character);
        }
    }
}

// Procedure: walk the RIGHT turtle backward until it stands on a letter or digit.
fn step_right_turtle_to_next_letter(walk: &mut Chars) -> Option<char> {
    loop {
        let next_character = walk.next_back()?;
        if next_character.is_alphanumeric() {
            return Some(next_character);
        }
    }
}

// Procedure: do two characters match when we ignore case?
fn same_letter_ignoring_case(left_letter: char, right_letter: char) -> bool {
    left_letter.to_lowercase().eq(right_letter.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    // One walk over the text; the left turtle eats from the front,
    // the right turtle eats from the back. They can never cross.
    let mut walk = s.chars();
    loop {
        // Step 1: the left turtle finds its letter. No letter left? Palindrome!
        let Some(left_letter) = step_left_turtle_to_next_letter(&mut walk) else {
            return true;
        };
        // Step 2: the right turtle finds its letter. None left? The left one was the middle.
        let Some(right_letter) = step_right_turtle_to_next_letter(&mut walk) else {
            return true;
        };
        // Step 3: compare. One mismatch is enough to say no.
        if !same_letter_ignoring_case(left_letter, right_letter) {
            return false;
        }
    }
}
