// learner: optimal
// idiom: one filtered double-ended iterator, next() / next_back() with let-else
pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars().filter(|c| c.is_alphanumeric());
    while let Some(front) = it.next() {
        let Some(back) = it.next_back() else {
            return true;
        };
        if !front.to_lowercase().eq(back.to_lowercase()) {
            return false;
        }
    }
    true
}
