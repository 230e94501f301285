// learner: optimal
// idiom: C#-style: counts in a fixed 128-slot array for ASCII plus a HashMap fallback, index-based while loops, early returns
//! First non-repeating character: see README.md.

use std::collections::HashMap;

const ASCII_TABLE_SIZE: usize = 128;

struct CharacterCounter {
    ascii_counts: [u32; ASCII_TABLE_SIZE],
    other_counts: HashMap<char, u32>,
}

impl CharacterCounter {
    fn new() -> Self {
        CharacterCounter { ascii_counts: [0; ASCII_TABLE_SIZE], other_counts: HashMap::new() }
    }

    fn increment(&mut self, character: char) {
        let code_point = character as usize;
        if code_point < ASCII_TABLE_SIZE {
            self.ascii_counts[code_point] = self.ascii_counts[code_point].saturating_add(1);
            return;
        }
        let entry = self.other_counts.entry(character).or_insert(0);
        *entry = entry.saturating_add(1);
    }

    fn count_of(&self, character: char) -> u32 {
        let code_point = character as usize;
        if code_point < ASCII_TABLE_SIZE {
            return self.ascii_counts[code_point];
        }
        *self.other_counts.get(&character).unwrap_or(&0)
    }
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counter = CharacterCounter::new();
    let mut forward = s.chars();
    while let Some(character) = forward.next() {
        counter.increment(character);
    }
    let mut second_pass = s.chars();
    loop {
        match second_pass.next() {
            None => return None,
            Some(character) if counter.count_of(character) == 1 => return Some(character),
            Some(_) => continue,
        }
    }
}
