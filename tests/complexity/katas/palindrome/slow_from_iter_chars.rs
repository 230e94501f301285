// learner: slow
// why: is_palindrome is O(n) space, target O(1): copies the alphanumeric chars into a Vec<char> (via Vec::from_iter) and then walks two indices over the copy
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let kept = Vec::from_iter(s.chars().filter(|c| c.is_alphanumeric()));
    if kept.is_empty() {
        return true;
    }
    let (mut i, mut j) = (0usize, kept.len() - 1);
    while i < j {
        if !kept[i].to_lowercase().eq(kept[j].to_lowercase()) {
            return false;
        }
        i += 1;
        j -= 1;
    }
    true
}
