// learner: optimal
// idiom: defensive auditor: two byte offsets into the original str, explicit char-boundary decoding, checked arithmetic, early returns
//! Palindrome check without a copy: see README.md.

/// Decodes the char starting at byte `at`, if any.
fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|rest| rest.chars().next())
}

/// Decodes the char ending just before byte `end`, if any.
fn char_before(s: &str, end: usize) -> Option<char> {
    s.get(..end).and_then(|head| head.chars().next_back())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let mut front: usize = 0;
    let mut back: usize = s.len();

    loop {
        // Advance `front` past non-alphanumerics.
        let left = loop {
            if front >= back {
                return true;
            }
            let c = match char_at(s, front) {
                Some(c) => c,
                None => return true,
            };
            if c.is_alphanumeric() {
                break c;
            }
            front = match front.checked_add(c.len_utf8()) {
                Some(f) => f,
                None => return true,
            };
        };
        // Retreat `back` past non-alphanumerics.
        let right = loop {
            if back <= front {
                return true;
            }
            let c = match char_before(s, back) {
                Some(c) => c,
                None => return true,
            };
            if c.is_alphanumeric() {
                break c;
            }
            back = match back.checked_sub(c.len_utf8()) {
                Some(b) => b,
                None => return true,
            };
        };
        if !left.to_lowercase().eq(right.to_lowercase()) {
            return false;
        }
        front = match front.checked_add(left.len_utf8()) {
            Some(f) => f,
            None => return true,
        };
        back = match back.checked_sub(right.len_utf8()) {
            Some(b) => b,
            None => return true,
        };
    }
}
