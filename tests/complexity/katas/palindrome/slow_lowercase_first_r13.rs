// learner: slow
// why: is_palindrome is O(n) space, target O(1): lowercases the whole text into a new String up front
pub fn is_palindrome(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut it = lower.chars().filter(|c| c.is_alphanumeric());
    while let Some(a) = it.next() {
        match it.next_back() {
            Some(b) if a == b => continue,
            Some(_) => return false,
            None => return true,
        }
    }
    true
}
