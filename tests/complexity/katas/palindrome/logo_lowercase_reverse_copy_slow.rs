// learner: slow
// idiom: logo teacher: build a cleaned lowercase copy, build its reverse, compare the two words
// why: misses the O(1) extra-space target: two Strings as long as the input are collected
//! Palindrome check without a copy: see README.md.

// Procedure: keep only the letters and digits, in small letters.
fn cleaned_word(text: &str) -> String {
    text.chars()
        .filter(|character| character.is_alphanumeric())
        .flat_map(|character| character.to_lowercase())
        .collect()
}

// Procedure: the same word, read backwards.
fn backwards_word(word: &str) -> String {
    word.chars().rev().collect()
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let forwards = cleaned_word(s);
    let backwards = backwards_word(&forwards);
    forwards == backwards
}
