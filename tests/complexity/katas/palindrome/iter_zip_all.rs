// learner: optimal
// idiom: iterator-adapter chain: forward and reversed filtered char streams zipped, compared lazily with all()
fn letters(s: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric())
}

pub fn is_palindrome(s: &str) -> bool {
    letters(s)
        .zip(letters(s).rev())
        .all(|(front, back)| front.to_lowercase().eq(back.to_lowercase()))
}
