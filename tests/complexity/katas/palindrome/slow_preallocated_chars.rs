// learner: slow
// why: is_palindrome is O(n) space, target O(1): MATLAB habit, preallocates a char array of the letters, then two indices
pub fn is_palindrome(s: &str) -> bool {
    let mut buf: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            buf.push(c);
        }
    }
    let n = buf.len();
    if n == 0 {
        return true;
    }
    let mut i = 0usize;
    let mut j = n - 1;
    while i < j {
        if !buf[i].to_lowercase().eq(buf[j].to_lowercase()) {
            return false;
        }
        i += 1;
        j -= 1;
    }
    true
}
