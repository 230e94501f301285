// learner: slow
// idiom: spreadsheet power user: a literal =COUNTIF(A:A, A1) per row, each one scanning the whole text again
// why: first_unique_char is O(n^2) time (a full chars() scan per character) vs the O(n) target; no count table is kept
//! First non-repeating character: see README.md.

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    for c in s.chars() {
        let mut how_many = 0;
        for d in s.chars() {
            if d == c {
                how_many += 1;
            }
        }
        if how_many == 1 {
            return Some(c);
        }
    }
    None
}
