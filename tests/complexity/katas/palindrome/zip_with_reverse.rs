// learner: optimal
// idiom: iterator chain: zip the filtered forward and reversed char streams and check all pairs (compares every pair twice, still linear, no buffer)
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let alnum = |c: &char| c.is_alphanumeric();
    let forward = s.chars().filter(alnum);
    let backward = s.chars().rev().filter(alnum);
    forward
        .zip(backward)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
