// learner: optimal
// idiom: JavaScript bootcamp graduate: one functional chain: filtered chars zipped with the filtered reversed chars, .all() comparing lowercase iterators with .eq()
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let forwards = s.chars().filter(|c| c.is_alphanumeric());
    let backwards = s.chars().rev().filter(|c| c.is_alphanumeric());
    forwards
        .zip(backwards)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
