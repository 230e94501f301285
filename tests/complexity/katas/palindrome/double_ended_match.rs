// learner: optimal
// idiom: Gleam developer: one double-ended iterator consumed from both ends, the loop is a single match on (next, next_back) with every case spelled out
pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (letters.next(), letters.next_back()) {
            (Some(front), Some(back)) => {
                if !front.to_lowercase().eq(back.to_lowercase()) {
                    return false;
                }
            }
            // the middle letter (odd count) or nothing left
            (Some(_), None) | (None, _) => return true,
        }
    }
}
