// learner: optimal
// idiom: two byte offsets with while loops and small private helpers that step one char left/right
//! Palindrome check without a copy: see README.md.

fn char_at(s: &str, start: usize) -> char {
    s[start..].chars().next().unwrap()
}

fn char_before(s: &str, end: usize) -> (usize, char) {
    let c = s[..end].chars().next_back().unwrap();
    (end - c.len_utf8(), c)
}

fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    let mut left: usize = 0;
    let mut right: usize = s.len();
    while left < right {
        let front = char_at(s, left);
        if !front.is_alphanumeric() {
            left += front.len_utf8();
            continue;
        }
        let (back_start, back) = char_before(s, right);
        if !back.is_alphanumeric() {
            right = back_start;
            continue;
        }
        if back_start < left {
            break;
        }
        if !same_letter(front, back) {
            return false;
        }
        left += front.len_utf8();
        right = back_start;
    }
    true
}
