// learner: optimal
// idiom: Pascal-teacher style: copy chars into an array, count with a procedure, two while loops with explicit indices
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/* procedure CountAll(letters; var counts) */
fn count_all(letters: &Vec<char>, counts: &mut HashMap<char, usize>) {
    let mut i: usize = 0;
    while i < letters.len() {
        let c: char = letters[i];
        if counts.contains_key(&c) {
            let old: usize = counts[&c];
            counts.insert(c, old + 1);
        } else {
            counts.insert(c, 1);
        }
        i = i + 1;
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let letters: Vec<char> = s.chars().collect();
    let mut counts: HashMap<char, usize> = HashMap::new();
    count_all(&letters, &mut counts);
    let mut i: usize = 0;
    let mut answer: Option<char> = None;
    while i < letters.len() && answer.is_none() {
        if counts[&letters[i]] == 1 {
            answer = Some(letters[i]);
        }
        i = i + 1;
    }
    answer
}
