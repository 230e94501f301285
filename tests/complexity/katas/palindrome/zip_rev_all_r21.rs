// learner: optimal
// idiom: Kotlin-ish one-liner: zip the filtered chars with their reverse and `all` them (walks both full lengths, still O(n), no buffer)
pub fn is_palindrome(s: &str) -> bool {
    let forward = s.chars().filter(char::is_ascii_alphanumeric_or_unicode());
    let backward = s.chars().rev().filter(char::is_ascii_alphanumeric_or_unicode());
    forward
        .zip(backward)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}

trait AlnumPredicate {
    fn is_ascii_alphanumeric_or_unicode() -> fn(&char) -> bool;
}

impl AlnumPredicate for char {
    fn is_ascii_alphanumeric_or_unicode() -> fn(&char) -> bool {
        |c: &char| c.is_alphanumeric()
    }
}
