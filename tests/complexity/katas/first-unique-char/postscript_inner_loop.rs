// learner: slow
// idiom: PostScript: a counter procedure that walks the whole string with a `loop`/`exit` for every char of the outer walk
// why: the inner walk reads all n chars for each outer char: O(n^2) when the unique char comes late or not at all
//! First non-repeating character: see README.md.

/// how many times `target` occurs in `s`: walk it with an explicit iterator and exit at the end
fn occurrences(s: &str, target: char) -> usize {
    let mut it = s.chars();
    let mut n = 0;
    loop {
        match it.next() {
            Some(c) => {
                if c == target {
                    n += 1;
                }
            }
            None => break,
        }
    }
    n
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if occurrences(s, c) == 1 {
            return Some(c);
        }
    }
    None
}
