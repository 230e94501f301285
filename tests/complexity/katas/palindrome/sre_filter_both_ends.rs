// learner: optimal
// idiom: SRE one-liner-ish: filtered double-ended Chars, while-let with let-else early return
pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars().filter(|c| c.is_alphanumeric());
    while let Some(a) = it.next() {
        let Some(b) = it.next_back() else { return true };
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
    }
    true
}
