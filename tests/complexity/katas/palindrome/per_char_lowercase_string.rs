// learner: optimal
// idiom: compares each pair via a.to_lowercase().to_string() (a String of at most 3 chars, dropped at once: O(1) space at any moment), walking a forward and a reversed filtered iterator with zip + take(count / 2); O(n) time, O(1) extra space
fn lower(c: char) -> String {
    c.to_lowercase().to_string()
}

pub fn is_palindrome(s: &str) -> bool {
    let keep = |c: &char| c.is_alphanumeric();
    let count = s.chars().filter(keep).count();
    let forward = s.chars().filter(keep);
    let backward = s.chars().rev().filter(keep);
    forward
        .zip(backward)
        .take(count / 2)
        .all(|(a, b)| lower(a) == lower(b))
}
