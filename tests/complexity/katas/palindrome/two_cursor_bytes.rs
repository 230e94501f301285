// learner: optimal
// idiom: Nim systems programmer: two byte offsets walking inwards, decoding one char at each end by slicing, while-loops with explicit skips
pub fn is_palindrome(s: &str) -> bool {
    let mut lo: usize = 0;
    let mut hi: usize = s.len(); // exclusive
    while lo < hi {
        // skip junk on the left
        let a = s[lo..hi].chars().next().unwrap();
        if !a.is_alphanumeric() {
            lo += a.len_utf8();
            continue;
        }
        // skip junk on the right
        let b = s[lo..hi].chars().next_back().unwrap();
        if !b.is_alphanumeric() {
            hi -= b.len_utf8();
            continue;
        }
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
        lo += a.len_utf8();
        hi -= b.len_utf8();
    }
    true
}
