// learner: slow
// why: is_palindrome is O(n) space, target O(1): builds a lowercased cleaned String and its reversal
pub fn is_palindrome(s: &str) -> bool {
    let cleaned: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let reversed: String = cleaned.chars().rev().collect();
    cleaned == reversed
}
