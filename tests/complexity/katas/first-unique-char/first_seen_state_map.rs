// learner: optimal
// idiom: one pass storing a Seen enum (Once(index) / Many) per char, then min over the map's k entries
//! First non-repeating character: see README.md.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

#[derive(Clone, Copy)]
enum Seen {
    Once(usize),
    Many,
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen: HashMap<char, Seen> = HashMap::with_capacity(64);
    for (i, c) in s.char_indices() {
        match seen.entry(c) {
            Entry::Vacant(v) => {
                v.insert(Seen::Once(i));
            }
            Entry::Occupied(mut o) => {
                o.insert(Seen::Many);
            }
        }
    }
    let mut winner: Option<(usize, char)> = None;
    for (&c, &state) in &seen {
        if let Seen::Once(i) = state {
            match winner {
                Some((best, _)) if best <= i => {}
                _ => winner = Some((i, c)),
            }
        }
    }
    winner.map(|(_, c)| c)
}
