// learner: slow
// why: is_palindrome is O(n) space, target O(1): s.to_lowercase() allocates a full lowercased copy first
pub fn is_palindrome(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut front = lower.chars();
    loop {
        let a = match front.find(|c| c.is_alphanumeric()) {
            Some(c) => c,
            None => return true,
        };
        let b = match front.rfind(|c| c.is_alphanumeric()) {
            Some(c) => c,
            None => return true,
        };
        if a != b {
            return false;
        }
    }
}
