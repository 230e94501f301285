// learner: optimal
// idiom: iterator chains: count the letters once, then zip forward with reverse and take half, `all`
pub fn is_palindrome(s: &str) -> bool {
    let alnum = |c: &char| c.is_alphanumeric();
    let total = s.chars().filter(alnum).count();
    s.chars()
        .filter(alnum)
        .zip(s.chars().rev().filter(alnum))
        .take(total / 2)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
