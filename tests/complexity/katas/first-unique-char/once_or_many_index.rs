// learner: optimal
// idiom: Agda/proof-assistant researcher: one pass into a map char -> Multiplicity (Once(first index) | Many), then the minimum over the k map entries
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// The multiplicity of a character, with the witness position when it is unique so far.
#[derive(Clone, Copy)]
enum Multiplicity {
    Once(usize),
    Many,
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// The string is read once; the final scan is over the k distinct characters only.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut table: HashMap<char, Multiplicity> = HashMap::new();
    for (i, c) in s.chars().enumerate() {
        table
            .entry(c)
            .and_modify(|m| *m = Multiplicity::Many)
            .or_insert(Multiplicity::Once(i));
    }
    table
        .into_iter()
        .filter_map(|(c, m)| match m {
            Multiplicity::Once(i) => Some((i, c)),
            Multiplicity::Many => None,
        })
        .min()
        .map(|(_, c)| c)
}
