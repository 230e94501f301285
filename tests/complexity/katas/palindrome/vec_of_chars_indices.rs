// learner: slow
// why: is_palindrome is O(n) space, target O(1): pushes the normalised chars into a Vec<char> and compares v[i] with v[n-1-i]
pub fn is_palindrome(s: &str) -> bool {
    let mut buf: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                buf.push(l);
            }
        }
    }
    let n = buf.len();
    let mut i = 0usize;
    while i < n / 2 {
        if buf[i] != buf[n - 1 - i] {
            return false;
        }
        i += 1;
    }
    true
}
