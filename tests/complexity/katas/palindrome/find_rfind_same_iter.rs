// learner: optimal
// idiom: one Chars iterator consumed from both ends with find / rfind in a `loop`, let-else early returns
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let mut chars = s.chars();
    loop {
        let Some(front) = chars.find(|c| c.is_alphanumeric()) else { return true };
        let Some(back) = chars.rfind(|c| c.is_alphanumeric()) else { return true };
        if !front.to_lowercase().eq(back.to_lowercase()) {
            return false;
        }
    }
}
