// learner: optimal
// idiom: game-jam: one filtered double-ended iterator, loop + tuple match, next()/next_back()
pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (it.next(), it.next_back()) {
            (Some(a), Some(b)) if !a.to_lowercase().eq(b.to_lowercase()) => return false,
            (Some(_), Some(_)) => {}
            _ => return true,
        }
    }
}
