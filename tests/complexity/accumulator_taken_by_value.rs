// A collection taken by value (`mut acc: Vec<char>`) and pushed into is
// memory the function allocates, as a local would be: an accumulator a
// caller starts from `Default::default()` and gets back holds every char,
// O(n) extra space against an O(1) target. A `&mut Vec` parameter is the
// caller's to count.
// expect push_all: time O(n), space O(n)
// expect is_palindrome: time O(n), space O(n)
// target is_palindrome: time O(n), space O(1)
fn push_all(s: &str, mut acc: Vec<char>) -> Vec<char> {
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        acc.push(c.to_ascii_lowercase());
    }
    acc
}

pub fn is_palindrome(s: &str) -> bool {
    let mut backwards = push_all(s, Default::default());
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        if backwards.pop() != Some(c.to_ascii_lowercase()) {
            return false;
        }
    }
    true
}

// expect fill: time O(n), space O(1)
pub fn fill(s: &str, acc: &mut Vec<char>) {
    for c in s.chars() {
        acc.push(c);
    }
}
