// learner: optimal
// idiom: a ReScript web developer: one double-ended filtered iterator consumed from both ends, a `loop { switch (next, next_back) }`-style match on the pair of options
//! Palindrome check without a copy: see README.md.

pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (letters.next(), letters.next_back()) {
            (Some(a), Some(b)) if a.to_lowercase().eq(b.to_lowercase()) => continue,
            (Some(_), Some(_)) => break false,
            // met in the middle (odd count leaves one char, which matches itself)
            _ => break true,
        }
    }
}
