// learner: slow
// why: is_palindrome is O(n) space, target O(1): builds a lowercase cleaned String copy and compares it with its reverse
pub fn is_palindrome(s: &str) -> bool {
    let cleaned: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect();
    let reversed: String = cleaned.chars().rev().collect();
    cleaned == reversed
}
