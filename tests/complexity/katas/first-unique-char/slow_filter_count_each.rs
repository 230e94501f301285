// learner: slow
// why: first_unique_char is O(n^2) time, target O(n): counts each char by filtering the whole char list again
//! First non-repeating character: see README.md.

pub fn first_unique_char(s: &str) -> Option<char> {
    let letters: Vec<char> = s.chars().collect();
    for i in 0..letters.len() {
        let letter = letters[i];
        let count = letters.iter().filter(|&&other| other == letter).count();
        if count == 1 {
            return Some(letter);
        }
    }
    None
}
