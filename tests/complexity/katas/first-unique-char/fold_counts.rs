// learner: optimal
// idiom: Haskell-ish: counts built by a fold over chars into a HashMap, then filter + next on the original chars
//! First non-repeating character.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let counts = s.chars().fold(HashMap::<char, u32>::new(), |mut m, c| {
        *m.entry(c).or_default() += 1;
        m
    });
    s.chars().filter(|c| counts.get(c) == Some(&1)).next()
}
