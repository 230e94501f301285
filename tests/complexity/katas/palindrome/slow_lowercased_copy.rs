// learner: slow
// why: is_palindrome is O(n) space, target O(1): s.to_lowercase() copies the whole text before the two-pointer walk
pub fn is_palindrome(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut it = lower.chars().filter(|c| c.is_alphanumeric());
    while let (Some(a), Some(b)) = (it.next(), it.next_back()) {
        if a != b {
            return false;
        }
    }
    true
}
