// Palindrome check with two indices over the bytes: constant extra space.
// expect is_palindrome: time O(n), space O(1)
pub fn is_palindrome(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return true;
    }
    let (mut i, mut j) = (0, b.len() - 1);
    while i < j {
        if b[i] != b[j] {
            return false;
        }
        i += 1;
        j -= 1;
    }
    true
}
