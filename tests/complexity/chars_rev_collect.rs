// Reversing a string into a new String: linear time and space.
// expect is_palindrome: time O(n), space O(n)
pub fn is_palindrome(s: &str) -> bool {
    let reversed: String = s.chars().rev().collect();
    reversed == s
}
