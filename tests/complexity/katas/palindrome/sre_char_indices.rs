// learner: optimal
// idiom: SRE: two independent iterators (forward and rev) over char_indices, stop when offsets cross
pub fn is_palindrome(s: &str) -> bool {
    let mut fwd = s.char_indices().filter(|(_, c)| c.is_alphanumeric());
    let mut bwd = s.char_indices().rev().filter(|(_, c)| c.is_alphanumeric());
    loop {
        let (i, a) = match fwd.next() {
            Some(p) => p,
            None => return true,
        };
        let (j, b) = match bwd.next() {
            Some(p) => p,
            None => return true,
        };
        if i >= j {
            return true;
        }
        if a.to_lowercase().ne(b.to_lowercase()) {
            return false;
        }
    }
}
