// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): for each char it checks whether the text before or after it contains the same char (str::contains per char)
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    s.char_indices()
        .find(|&(i, c)| {
            let before = &s[..i];
            let after = &s[i + c.len_utf8()..];
            !before.contains(c) && !after.contains(c)
        })
        .map(|(_, c)| c)
}
