// learner: slow
// why: is_palindrome is O(n) space, target O(1): lower-cases the whole input into a new String before walking it from both ends
pub fn is_palindrome(s: &str) -> bool {
    let lowered = s.to_lowercase();
    let mut it = lowered.chars().filter(|c| c.is_alphanumeric());
    while let Some(a) = it.next() {
        match it.next_back() {
            Some(b) if a != b => return false,
            Some(_) => {}
            None => break,
        }
    }
    true
}
