// learner: optimal
// idiom: embedded C style: two byte offsets, while loops with manual bounds, decode a char at each cursor with chars().next()/next_back()
//! Palindrome check without a copy.

pub fn is_palindrome(s: &str) -> bool {
    let mut lo: usize = 0;
    let mut hi: usize = s.len();
    while lo < hi {
        let a = s[lo..hi].chars().next().unwrap();
        if !a.is_alphanumeric() {
            lo += a.len_utf8();
            continue;
        }
        let b = s[lo..hi].chars().next_back().unwrap();
        if !b.is_alphanumeric() {
            hi -= b.len_utf8();
            continue;
        }
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
        lo += a.len_utf8();
        if lo >= hi {
            break;
        }
        hi -= b.len_utf8();
    }
    true
}
