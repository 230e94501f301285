// learner: optimal
// idiom: embedded-style byte cursors lo/hi, manual UTF-8 stepping with len_utf8 and is_char_boundary, while loops
fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut lo: usize = 0;
    let mut hi: usize = bytes.len(); // exclusive
    while lo < hi {
        // front char
        let a = match s[lo..hi].chars().next() {
            Some(c) => c,
            None => break,
        };
        if !a.is_alphanumeric() {
            lo += a.len_utf8();
            continue;
        }
        // back char: walk hi-1 back to a boundary
        let mut start = hi - 1;
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let b = match s[start..hi].chars().next() {
            Some(c) => c,
            None => break,
        };
        if !b.is_alphanumeric() {
            hi = start;
            continue;
        }
        if start <= lo {
            // same char in the middle
            break;
        }
        if !same_letter(a, b) {
            return false;
        }
        lo += a.len_utf8();
        hi = start;
    }
    true
}
