// learner: optimal
// idiom: two independent char_indices iterators (forward and reversed) stopped by byte positions, while-let with if-heavy skipping
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let mut fwd = s.char_indices().filter(|&(_, c)| c.is_alphanumeric());
    let mut bwd = s.char_indices().rev().filter(|&(_, c)| c.is_alphanumeric());
    while let (Some((i, a)), Some((j, b))) = (fwd.next(), bwd.next()) {
        if i >= j {
            break;
        }
        if a == b {
            continue;
        }
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
    }
    true
}
