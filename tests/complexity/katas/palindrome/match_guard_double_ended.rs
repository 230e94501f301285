// learner: optimal
// idiom: double-ended filtered Chars consumed from both ends, loop over a tuple match with guards
fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (letters.next(), letters.next_back()) {
            (Some(a), Some(b)) if !same_letter(a, b) => return false,
            (Some(_), Some(_)) => continue,
            _ => return true,
        }
    }
}
