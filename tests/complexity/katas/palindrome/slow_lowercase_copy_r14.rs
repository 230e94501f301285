// learner: slow
// why: is_palindrome is O(n) space, target O(1): `s.to_lowercase()` copies the whole text up front before the two-cursor walk
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let lowered = s.to_lowercase();
    let mut front = lowered.chars().filter(|c| c.is_alphanumeric());
    loop {
        let Some(a) = front.next() else { return true };
        let Some(b) = front.next_back() else { return true };
        if a != b {
            return false;
        }
    }
}
