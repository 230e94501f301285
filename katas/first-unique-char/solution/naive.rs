//! First non-repeating character: count each character with its own scan, O(n^2).

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    for c in s.chars() {
        let mut count = 0;
        for d in s.chars() {
            if d == c {
                count += 1;
            }
        }
        if count == 1 {
            return Some(c);
        }
    }
    None
}
