// learner: optimal
// idiom: match-heavy: two CharIndices cursors (front and rev), compare positions to stop, nested match on Option pairs
pub fn is_palindrome(s: &str) -> bool {
    let mut fwd = s.char_indices().filter(|(_, c)| c.is_alphanumeric());
    let mut bwd = s.char_indices().rev().filter(|(_, c)| c.is_alphanumeric());
    loop {
        match (fwd.next(), bwd.next()) {
            (Some((i, a)), Some((j, b))) if i < j => {
                if a.to_lowercase().ne(b.to_lowercase()) {
                    return false;
                }
            }
            _ => return true,
        }
    }
}
