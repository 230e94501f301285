// learner: optimal
// idiom: MATLAB-style: explicit lo/hi byte indices, while loops with counters, decode one char at each cursor
pub fn is_palindrome(s: &str) -> bool {
    let n = s.len();
    if n == 0 {
        return true;
    }
    let mut lo: usize = 0; // first byte still unchecked
    let mut hi: usize = n; // one past the last byte still unchecked
    while lo < hi {
        // advance lo to the next alphanumeric char
        let a = s[lo..hi].chars().next().unwrap();
        if !a.is_alphanumeric() {
            lo += a.len_utf8();
            continue;
        }
        // retreat hi to the previous alphanumeric char
        let b = s[lo..hi].chars().next_back().unwrap();
        if !b.is_alphanumeric() {
            hi -= b.len_utf8();
            continue;
        }
        if lo + a.len_utf8() >= hi {
            // a and b are the same (middle) char
            return true;
        }
        let mut la = a.to_lowercase();
        let mut lb = b.to_lowercase();
        let mut k = 0;
        while k < 3 {
            let x = la.next();
            let y = lb.next();
            if x != y {
                return false;
            }
            if x.is_none() {
                break;
            }
            k += 1;
        }
        lo += a.len_utf8();
        hi -= b.len_utf8();
    }
    true
}
