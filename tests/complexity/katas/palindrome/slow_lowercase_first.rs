// learner: slow
// why: is_palindrome is O(n) space, target O(1): lowercases the whole input into a new String first
pub fn is_palindrome(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut it = lower.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (it.next(), it.next_back()) {
            (Some(a), Some(b)) if a != b => return false,
            (Some(_), Some(_)) => continue,
            _ => return true,
        }
    }
}
