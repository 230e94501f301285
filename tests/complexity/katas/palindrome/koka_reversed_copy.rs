// learner: slow
// idiom: Koka: the "functional pipeline" answer -- normalise into a list, reverse it, compare the lists
// why: builds two O(n) copies (the cleaned text and its reverse): O(n) extra space where O(1) is asked
//! Palindrome check without a copy: see README.md.

fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

pub fn is_palindrome(s: &str) -> bool {
    let clean = normalise(s);
    let backwards: String = clean.chars().rev().collect();
    clean == backwards
}
