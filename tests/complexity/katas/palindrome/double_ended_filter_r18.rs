// learner: optimal
// idiom: Swift-server style: one double-ended filtered iterator, loop with match on (next, next_back), guard-style early return
pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        let (first, last) = match (letters.next(), letters.next_back()) {
            (Some(first), Some(last)) => (first, last),
            _ => return true,
        };
        if !matches_ignoring_case(first, last) {
            return false;
        }
    }
}

fn matches_ignoring_case(first: char, last: char) -> bool {
    first.to_lowercase().eq(last.to_lowercase())
}
