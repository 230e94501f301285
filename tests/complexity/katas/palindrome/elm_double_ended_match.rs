// learner: optimal
// idiom: Elm-style: one filtered double-ended iterator, loop over a tuple match, small pure helper
fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        let front = letters.next();
        let back = letters.next_back();
        match (front, back) {
            (None, _) => return true,
            (Some(_), None) => return true,
            (Some(a), Some(b)) => {
                if !same_letter(a, b) {
                    return false;
                }
            }
        }
    }
}
