// learner: optimal
// idiom: JavaScript bootcamp graduate: the LeetCode "left and right pointers" loop over byte offsets, decoding the char at each pointer with s[left..].chars().next() / s[..right].chars().next_back()
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let mut left = 0;
    let mut right = s.len();
    while left < right {
        let leftChar = s[left..].chars().next().unwrap();
        if !leftChar.is_alphanumeric() {
            left += leftChar.len_utf8();
            continue;
        }
        let rightChar = s[..right].chars().next_back().unwrap();
        if !rightChar.is_alphanumeric() {
            right -= rightChar.len_utf8();
            continue;
        }
        if !leftChar.to_lowercase().eq(rightChar.to_lowercase()) {
            return false;
        }
        left += leftChar.len_utf8();
        right -= rightChar.len_utf8();
    }
    true
}
