// learner: optimal
// idiom: iterator chain: forward and reversed filtered char streams zipped, compared with all(), half-length via take
pub fn is_palindrome(s: &str) -> bool {
    let alnum = |c: &char| c.is_alphanumeric();
    let count = s.chars().filter(alnum).count();
    let forward = s.chars().filter(alnum);
    let backward = s.chars().rev().filter(alnum);
    forward
        .zip(backward)
        .take(count / 2)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
