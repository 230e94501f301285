// learner: slow
// why: is_palindrome is O(n) space, target O(1): s.to_lowercase() copies the whole text before comparing
pub fn is_palindrome(s: &str) -> bool {
    let lower = s.to_lowercase();
    let fwd = lower.chars().filter(|c| c.is_alphanumeric());
    let bwd = lower.chars().rev().filter(|c| c.is_alphanumeric());
    fwd.eq(bwd)
}
