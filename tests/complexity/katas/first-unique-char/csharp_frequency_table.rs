// learner: optimal
// idiom: C#-enterprise style: a CharacterFrequencyTable type with small private methods, guard clause, explicit for loops
//! First non-repeating character: see README.md.

use std::collections::HashMap;

struct CharacterFrequencyTable {
    occurrence_count_by_character: HashMap<char, usize>,
}

impl CharacterFrequencyTable {
    fn build_from(text: &str) -> Self {
        let mut table = CharacterFrequencyTable {
            occurrence_count_by_character: HashMap::new(),
        };
        for character in text.chars() {
            table.register_occurrence(character);
        }
        table
    }

    fn register_occurrence(&mut self, character: char) {
        let current_count = self.occurrence_count_by_character.entry(character).or_insert(0);
        *current_count += 1;
    }

    fn occurs_exactly_once(&self, character: char) -> bool {
        match self.occurrence_count_by_character.get(&character) {
            Some(&count) => count == 1,
            None => false,
        }
    }
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    if s.is_empty() {
        return None;
    }
    let frequency_table = CharacterFrequencyTable::build_from(s);
    for candidate_character in s.chars() {
        if frequency_table.occurs_exactly_once(candidate_character) {
            return Some(candidate_character);
        }
    }
    None
}
