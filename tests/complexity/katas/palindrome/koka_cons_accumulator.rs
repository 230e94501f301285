// learner: slow
// idiom: Koka: accumulate the alphanumeric chars into a stack (what a `Cons` accumulator would be), then pop it against a forward pass
// why: the accumulator holds every alphanumeric char of the input: O(n) extra space where O(1) is asked
//! Palindrome check without a copy: see README.md.

/// A stack of the chars seen so far; popping gives them back in reverse.
fn push_all(s: &str, mut acc: Vec<char>) -> Vec<char> {
    for c in s.chars() {
        match c.is_alphanumeric() {
            true => acc.push(c),
            false => (),
        }
    }
    acc
}

pub fn is_palindrome(s: &str) -> bool {
    let mut reversed = push_all(s, Default::default());
    for c in s.chars() {
        match c.is_alphanumeric() {
            false => continue,
            true => match reversed.pop() {
                Some(b) if c.to_lowercase().eq(b.to_lowercase()) => continue,
                Some(_) => return false,
                None => return true,
            },
        }
    }
    true
}
