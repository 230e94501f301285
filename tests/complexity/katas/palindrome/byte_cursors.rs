// learner: optimal
// idiom: two byte-offset cursors into the str, decoding one char at each end by slicing
pub fn is_palindrome(s: &str) -> bool {
    let mut lo = 0usize;
    let mut hi = s.len();
    loop {
        // advance lo to the next alphanumeric char
        let mut left = None;
        while lo < hi {
            let c = s[lo..hi].chars().next().unwrap();
            if c.is_alphanumeric() {
                left = Some(c);
                break;
            }
            lo += c.len_utf8();
        }
        let mut right = None;
        while hi > lo {
            let c = s[lo..hi].chars().next_back().unwrap();
            if c.is_alphanumeric() {
                right = Some(c);
                break;
            }
            hi -= c.len_utf8();
        }
        match (left, right) {
            (Some(a), Some(b)) => {
                if lo + a.len_utf8() > hi - b.len_utf8() {
                    // the same char: met in the middle
                    return true;
                }
                if !a.to_lowercase().eq(b.to_lowercase()) {
                    return false;
                }
                lo += a.len_utf8();
                hi -= b.len_utf8();
            }
            _ => return true,
        }
    }
}
