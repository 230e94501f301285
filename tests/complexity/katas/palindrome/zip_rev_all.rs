// learner: optimal
// idiom: one iterator chain: forward and reversed filtered views zipped and checked with all()
fn folded(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase()
}

pub fn is_palindrome(s: &str) -> bool {
    let forward = s.chars().filter(|c| c.is_alphanumeric());
    let backward = s.chars().rev().filter(|c| c.is_alphanumeric());
    forward
        .zip(backward)
        .all(|(a, b)| folded(a).eq(folded(b)))
}
