// learner: slow
// why: is_palindrome is O(n) space, target O(1): lowercases the whole text into a new String before the two-cursor walk
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut it = lower.chars().filter(|c| c.is_alphanumeric());
    loop {
        let a = match it.next() {
            Some(a) => a,
            None => return true,
        };
        let b = match it.next_back() {
            Some(b) => b,
            None => return true,
        };
        if a != b {
            return false;
        }
    }
}
