// learner: slow
// why: is_palindrome is O(n) space, target O(1): str::replace strips the punctuation into a new String
pub fn is_palindrome(s: &str) -> bool {
    let letters = s.replace(|c: char| !c.is_alphanumeric(), "");
    let mut it = letters.chars();
    while let (Some(a), Some(b)) = (it.next(), it.next_back()) {
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
    }
    true
}
