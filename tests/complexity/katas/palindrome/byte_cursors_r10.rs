// learner: optimal
// idiom: Python-ish: two byte indices i and j moved with while loops, decoding one char at each end by slicing, early returns
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let mut i = 0;
    let mut j = s.len();
    while i < j {
        let left = s[i..j].chars().next().unwrap();
        if !left.is_alphanumeric() {
            i += left.len_utf8();
            continue;
        }
        let right = s[i..j].chars().next_back().unwrap();
        if !right.is_alphanumeric() {
            j -= right.len_utf8();
            continue;
        }
        if !left.to_lowercase().eq(right.to_lowercase()) {
            return false;
        }
        i += left.len_utf8();
        j -= right.len_utf8();
    }
    return true;
}
