// learner: slow
// why: first_unique_char is O(n k) time (k distinct chars, up to n), target O(n): counts live in an association list searched linearly per char
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    // (char, count) pairs in order of first appearance
    let mut counts: Vec<(char, usize)> = Vec::new();
    for c in s.chars() {
        match counts.iter_mut().find(|(seen, _)| *seen == c) {
            Some(entry) => entry.1 += 1,
            None => counts.push((c, 1)),
        }
    }
    counts.iter().find(|(_, n)| *n == 1).map(|(c, _)| *c)
}
