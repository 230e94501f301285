// learner: optimal
// idiom: C-style: two byte offsets into the str, decode one char at each end by slicing, loop with break
pub fn is_palindrome(s: &str) -> bool {
    let mut lo: usize = 0;
    let mut hi: usize = s.len();
    loop {
        // advance lo to the next alphanumeric char
        let mut a = None;
        while lo < hi {
            let c = match s[lo..hi].chars().next() {
                Some(c) => c,
                None => break,
            };
            lo += c.len_utf8();
            if c.is_alphanumeric() {
                a = Some(c);
                break;
            }
        }
        let a = match a {
            Some(c) => c,
            None => return true,
        };
        // retreat hi to the previous alphanumeric char
        let mut b = None;
        while hi > lo {
            let c = match s[lo..hi].chars().next_back() {
                Some(c) => c,
                None => break,
            };
            hi -= c.len_utf8();
            if c.is_alphanumeric() {
                b = Some(c);
                break;
            }
        }
        let b = match b {
            Some(c) => c,
            None => return true, // a was the middle char
        };
        if !a.to_lowercase().eq(b.to_lowercase()) {
            return false;
        }
    }
}
