// learner: optimal
// idiom: Groovy/Gradle build engineer: countBy into a HashMap, then chars().find { counts[it] == 1 } closure
//! First non-repeating character: see README.md.

use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, u32> = HashMap::new();
    s.chars().for_each(|c| *counts.entry(c).or_default() += 1);
    s.chars().find(|c| counts[c] == 1)
}
