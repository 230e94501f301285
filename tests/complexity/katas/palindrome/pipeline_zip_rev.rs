// learner: optimal
// idiom: pipeline style, filtered double-ended iterator, zip of forward and reversed views with all() over half the count
pub fn is_palindrome(s: &str) -> bool {
    let letters = || s.chars().filter(|c| c.is_alphanumeric());
    let half = letters().count() / 2;
    letters()
        .zip(letters().rev())
        .take(half)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
