// `chars().nth(i)` walks from the start each time.
// expect is_palindrome: time O(n^2), space O(1)
pub fn is_palindrome(s: &str) -> bool {
    let n = s.chars().count();
    for i in 0..n / 2 {
        if s.chars().nth(i) != s.chars().nth(n - 1 - i) {
            return false;
        }
    }
    true
}
