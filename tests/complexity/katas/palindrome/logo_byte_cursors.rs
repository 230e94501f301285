// learner: optimal
// idiom: logo teacher: two byte-position cursors moved inward with while loops, reading one char at each cursor
// why: every cursor move skips exactly one char (O(1) each via chars().next()/next_back() on a subslice), at most n moves: O(n) time, two usize cursors O(1) space
//! Palindrome check without a copy: see README.md.

// Procedure: the character that starts at byte `position`.
fn character_starting_at(text: &str, position: usize) -> char {
    text[position..].chars().next().expect("cursor is inside the text")
}

// Procedure: the character that ends just before byte `position`.
fn character_ending_at(text: &str, position: usize) -> char {
    text[..position].chars().next_back().expect("cursor is inside the text")
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    // The left cursor points at the START of the next character to read.
    // The right cursor points just AFTER the last character to read.
    let mut left_cursor: usize = 0;
    let mut right_cursor: usize = s.len();

    while left_cursor < right_cursor {
        let left_character = character_starting_at(s, left_cursor);
        let right_character = character_ending_at(s, right_cursor);

        // Not a letter on the left? Step the left cursor over it and try again.
        if !left_character.is_alphanumeric() {
            left_cursor += left_character.len_utf8();
            continue;
        }
        // Not a letter on the right? Step the right cursor back over it.
        if !right_character.is_alphanumeric() {
            right_cursor -= right_character.len_utf8();
            continue;
        }
        // Both cursors stand on letters: they must match (ignoring case).
        if !left_character.to_lowercase().eq(right_character.to_lowercase()) {
            return false;
        }
        // Move both cursors one character inward.
        left_cursor += left_character.len_utf8();
        right_cursor -= right_character.len_utf8();
    }
    // The cursors met without a mismatch.
    true
}
