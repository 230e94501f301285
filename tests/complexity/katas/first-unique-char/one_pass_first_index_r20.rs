// learner: optimal
// idiom: single pass storing first index or a "repeated" marker per char, then a min over the k-sized map
//! First non-repeating character: see README.md.

use std::collections::hash_map::{Entry, HashMap};

#[derive(Clone, Copy)]
enum Seen {
    Once(usize),
    Repeated,
}

impl Seen {
    fn bump(self) -> Self {
        Seen::Repeated
    }

    fn once_at(self) -> Option<usize> {
        match self {
            Seen::Once(i) => Some(i),
            Seen::Repeated => None,
        }
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen: HashMap<char, Seen> = HashMap::new();
    for (i, c) in s.chars().enumerate() {
        match seen.entry(c) {
            Entry::Occupied(mut o) => {
                let next = o.get().bump();
                o.insert(next);
            }
            Entry::Vacant(v) => {
                v.insert(Seen::Once(i));
            }
        }
    }
    seen.into_iter()
        .filter_map(|(c, st)| st.once_at().map(|i| (i, c)))
        .min()
        .map(|(_, c)| c)
}
