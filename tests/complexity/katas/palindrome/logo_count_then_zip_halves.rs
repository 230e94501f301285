// learner: optimal
// idiom: logo teacher: first count the letters, then walk a forward and a backward letter stream side by side for half of them
// why: one counting pass plus one paired pass of at most n/2 steps per stream: O(n) time; only a counter and two iterators, O(1) space
//! Palindrome check without a copy: see README.md.

// Procedure: is this character one we look at?
fn counts_as_letter(character: &char) -> bool {
    character.is_alphanumeric()
}

// Procedure: how many letters (and digits) does the text have?
fn how_many_letters(text: &str) -> usize {
    let mut letter_count = 0;
    for character in text.chars() {
        if counts_as_letter(&character) {
            letter_count += 1;
        }
    }
    letter_count
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    // Pass 1: count the letters so we know where the middle is.
    let number_of_pairs = how_many_letters(s) / 2;

    // Pass 2: one turtle reads letters from the front, another from the back.
    let mut forward_letters = s.chars().filter(counts_as_letter);
    let mut backward_letters = s.chars().rev().filter(counts_as_letter);

    // Compare pair number 1, pair number 2, ... up to the middle.
    for _pair_number in 0..number_of_pairs {
        let (Some(front_letter), Some(back_letter)) = (forward_letters.next(), backward_letters.next()) else {
            return false; // cannot happen: both streams have enough letters
        };
        if !front_letter.to_lowercase().eq(back_letter.to_lowercase()) {
            return false;
        }
    }
    true
}
