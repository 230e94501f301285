// learner: slow
// why: is_palindrome is O(n) space, target O(1): the alphanumeric chars are first copied into a Vec<char> for indexed two-pointer access
//! Palindrome check without a copy: see README.md.

fn characters_match_ignoring_case(first: char, second: char) -> bool {
    first.to_lowercase().eq(second.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let alphanumeric_characters: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    if alphanumeric_characters.len() < 2 {
        return true;
    }
    let mut left_index = 0;
    let mut right_index = alphanumeric_characters.len() - 1;
    while left_index < right_index {
        if !characters_match_ignoring_case(alphanumeric_characters[left_index], alphanumeric_characters[right_index]) {
            return false;
        }
        left_index += 1;
        right_index -= 1;
    }
    true
}
