// learner: slow
// why: is_palindrome is O(n) space, target O(1): builds a cleaned, lowercased Vec<char> and its reversal, like `cleaned == cleaned[::-1]` in Python
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let mut cleaned: Vec<char> = Vec::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            for low in c.to_lowercase() {
                cleaned.push(low);
            }
        }
    }
    let mut reversed = cleaned.clone();
    reversed.reverse();
    cleaned == reversed
}
