// learner: slow
// why: is_palindrome is O(n) space, target O(1): lowercases the whole text into a String and compares it with its reverse
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let lowered = s.to_lowercase();
    let mut cleaned = String::new();
    for c in lowered.chars() {
        if c.is_alphanumeric() {
            cleaned.push(c);
        }
    }
    cleaned.chars().eq(cleaned.chars().rev())
}
