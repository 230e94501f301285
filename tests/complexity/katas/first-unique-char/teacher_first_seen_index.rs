// learner: optimal
// idiom: teacher model answer: one pass recording first index or "repeated" per char in an enum, then min over the k entries
use std::collections::HashMap;

/// What we know about one character after reading the string.
#[derive(Clone, Copy)]
enum Sighting {
    /// Seen exactly once, at this char position.
    Once(usize),
    /// Seen two or more times.
    Repeated,
}

/// Records each character's first position, or that it repeats.
struct Tally {
    sightings: HashMap<char, Sighting>,
}

impl Tally {
    fn from_str(s: &str) -> Self {
        let mut sightings = HashMap::new();
        for (position, c) in s.chars().enumerate() {
            sightings
                .entry(c)
                .and_modify(|seen| *seen = Sighting::Repeated)
                .or_insert(Sighting::Once(position));
        }
        Tally { sightings }
    }

    /// The unique character with the smallest position.
    fn earliest_unique(&self) -> Option<char> {
        self.sightings
            .iter()
            .filter_map(|(&c, &seen)| match seen {
                Sighting::Once(position) => Some((position, c)),
                Sighting::Repeated => None,
            })
            .min()
            .map(|(_, c)| c)
    }
}

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    Tally::from_str(s).earliest_unique()
}
