// learner: optimal
// idiom: Koka: one double-ended filtered stream, pulled from both ends in pairs; the comparison is a small handler closure and the loop is a `match` on the pair
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    // the "handler" deciding what two mirrored chars mean
    let agree = |a: char, b: char| a.to_lowercase().eq(b.to_lowercase());
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        let left = letters.next();
        let right = match left {
            Some(_) => letters.next_back(),
            None => None,
        };
        match (left, right) {
            (None, _) | (Some(_), None) => return true,
            (Some(a), Some(b)) if agree(a, b) => continue,
            (Some(_), Some(_)) => return false,
        }
    }
}
