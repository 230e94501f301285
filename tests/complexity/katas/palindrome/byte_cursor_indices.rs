// learner: optimal
// idiom: Julia-HPC style: explicit byte cursors lo/hi with len_utf8 index arithmetic, decode one char at each end
pub fn is_palindrome(s: &str) -> bool {
    // lo points at the first unread byte, hi one past the last unread byte
    // (Julia would keep i = firstindex(s), j = lastindex(s); here hi = j + 1).
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
        // same char position: the middle one, nothing to compare
        if lo + a.len_utf8() >= hi {
            return true;
        }
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
        lo += a.len_utf8();
        hi -= b.len_utf8();
    }
    true
}
