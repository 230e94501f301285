// learner: optimal
// idiom: Eiffel design-by-contract developer: a single Chars cursor consumed from both ends (next / next_back) so the two ends meet in the middle, a `same_letter` query, a loop with an explicit exit condition
//! Palindrome check without a copy: see README.md.

/// Do `a` and `b` match once case is ignored?
fn same_letter(a: char, b: char) -> bool {
    // require: both_alphanumeric
    debug_assert!(a.is_alphanumeric() && b.is_alphanumeric());
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

pub fn is_palindrome(s: &str) -> bool {
    let mut remaining = s.chars();
    let mut result = true;
    loop {
        let front = remaining.by_ref().find(|c| c.is_alphanumeric());
        let back = remaining.by_ref().rev().find(|c| c.is_alphanumeric());
        match (front, back) {
            (Some(a), Some(b)) => {
                if !same_letter(a, b) {
                    result = false;
                    break;
                }
            }
            // nothing left, or a single middle character: the ends met
            _ => break,
        }
    }
    result
}
