// learner: optimal
// idiom: high-level: one filtered DoubleEnded iterator, next()/next_back() in a while-let, let-else
pub fn is_palindrome(s: &str) -> bool {
    let mut alnum = s.chars().filter(|c| c.is_alphanumeric());
    while let Some(front) = alnum.next() {
        let Some(back) = alnum.next_back() else {
            return true;
        };
        if !front.to_lowercase().eq(back.to_lowercase()) {
            return false;
        }
    }
    true
}
