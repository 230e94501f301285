// learner: optimal
// idiom: generic helper over any char iterator that skips to the next alphanumeric char, `loop` with match on an (Option, Option) tuple of the two ends
//! Palindrome check without a copy: see README.md.

fn next_alnum<I: Iterator<Item = char>>(it: &mut I) -> Option<char> {
    loop {
        match it.next() {
            Some(c) if c.is_alphanumeric() => return Some(c),
            Some(_) => continue,
            None => return None,
        }
    }
}

fn same_letter(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let mut front = s.chars();
    let mut back = s.chars().rev();
    loop {
        match (next_alnum(&mut front), next_alnum(&mut back)) {
            (Some(a), Some(b)) => {
                if !same_letter(a, b) {
                    return false;
                }
            }
            (None, None) => return true,
            // both sides see the same number of alphanumeric chars
            _ => unreachable!(),
        }
    }
}
