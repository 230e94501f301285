// learner: optimal
// idiom: intermediate: count alphanumerics first, then zip forward and reverse iterators over half of them with all()
fn norm_eq(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let keep = |c: &char| c.is_alphanumeric();
    let total = s.chars().filter(keep).count();
    let forward = s.chars().filter(keep);
    let backward = s.chars().rev().filter(keep);
    forward
        .zip(backward)
        .take(total / 2)
        .all(|(a, b)| norm_eq(a, b))
}
