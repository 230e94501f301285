// learner: optimal
// idiom: colleague's two byte-offset cursors with while loops, decoding one char at each end via slicing
pub fn is_palindrome(s: &str) -> bool {
    let mut left: usize = 0;
    let mut right: usize = s.len();

    while left < right {
        let a = s[left..right].chars().next().unwrap();
        if !a.is_alphanumeric() {
            left += a.len_utf8();
            continue;
        }
        let b = s[left..right].chars().next_back().unwrap();
        if !b.is_alphanumeric() {
            right -= b.len_utf8();
            continue;
        }
        if left + a.len_utf8() > right - b.len_utf8() {
            // a and b are the same char in the middle
            break;
        }
        let mut la = a.to_lowercase();
        let mut lb = b.to_lowercase();
        loop {
            let x = la.next();
            let y = lb.next();
            if x != y {
                return false;
            }
            if x.is_none() {
                break;
            }
        }
        left += a.len_utf8();
        right -= b.len_utf8();
    }
    true
}
