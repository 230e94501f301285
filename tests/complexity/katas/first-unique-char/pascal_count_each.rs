// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): counts each character with its own filter().count() over the whole string
//! First non-repeating character: see README.md.

/* function Occurrences(s, c): how many times c is in s */
fn occurrences(s: &str, c: char) -> usize {
    s.chars().filter(|&d| d == c).count()
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let letters: Vec<char> = s.chars().collect();
    let mut i: usize = 0;
    while i < letters.len() {
        if occurrences(s, letters[i]) == 1 {
            return Some(letters[i]);
        }
        i = i + 1;
    }
    None
}
