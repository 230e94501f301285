// learner: optimal
// idiom: functional: tail-style loop over a DoubleEndedIterator passed by &mut to a helper, matching on (Option, Option)
//! Palindrome check without a copy.

fn same(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

fn check<I: DoubleEndedIterator<Item = char>>(it: &mut I) -> bool {
    loop {
        match (it.next(), it.next_back()) {
            (Some(a), Some(b)) => {
                if !same(a, b) {
                    return false;
                }
            }
            _ => return true,
        }
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut it = s.chars().filter(|c| c.is_alphanumeric());
    check(&mut it)
}
