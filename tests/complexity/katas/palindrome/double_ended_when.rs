// learner: optimal
// idiom: Kotlin-ish: one filtered double-ended iterator, match on (next, next_back) pairs like a `when`
pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (letters.next(), letters.next_back()) {
            (Some(front), Some(back)) => {
                if !same_ignoring_case(front, back) {
                    return false;
                }
            }
            (Some(_), None) => return true, // middle character
            (None, _) => return true,
        }
    }
}

fn same_ignoring_case(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}
