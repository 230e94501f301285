// learner: slow
// why: is_palindrome is O(n) space, target O(1): Kotlin-style `s.filter { it.isLetterOrDigit() }.toList()` copies every kept char into a Vec
/// Extension-style helper, Kotlin's `equals(other, ignoreCase = true)`.
trait IgnoreCaseEq {
    fn equals_ignore_case(self, other: char) -> bool;
}

impl IgnoreCaseEq for char {
    fn equals_ignore_case(self, other: char) -> bool {
        self.to_lowercase().eq(other.to_lowercase())
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).collect();
    let last = letters.len().saturating_sub(1);
    (0..letters.len() / 2).all(|i| letters[i].equals_ignore_case(letters[last - i]))
}
