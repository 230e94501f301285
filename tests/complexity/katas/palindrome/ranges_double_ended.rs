// learner: optimal
// idiom: C++20-ranges fan: one filtered double-ended view, consumed from both ends with next/next_back
fn folded_eq(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut view = s.chars().filter(|c| c.is_alphanumeric());
    while let Some(front) = view.next() {
        match view.next_back() {
            Some(back) if !folded_eq(front, back) => return false,
            Some(_) => continue,
            None => break,
        }
    }
    true
}
