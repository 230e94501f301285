// learner: optimal
// idiom: Gleam developer: a pipeline — filter alphanumerics forwards and backwards, zip the two streams and `all` over a pure `same_letter` helper
/// Two characters match when their lowercase forms are the same sequence.
fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

fn letters(s: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric())
}

pub fn is_palindrome(s: &str) -> bool {
    letters(s)
        .zip(letters(s).rev())
        .all(|(front, back)| same_letter(front, back))
}
