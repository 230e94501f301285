// learner: optimal
// idiom: one DoubleEndedIterator over the filtered chars, consumed from both ends with next()/next_back() in a while-let; lowercase compared iterator-to-iterator with eq(); O(n), O(1)
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
