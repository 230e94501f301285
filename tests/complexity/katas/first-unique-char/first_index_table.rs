// learner: optimal
// idiom: Prolog logic programmer: one pass asserting first_seen(Char, Index) or marking dup(Char), then min over the facts that hold once
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// The fact stored per character.
#[derive(Clone, Copy)]
enum Seen {
    Once(usize),
    Twice,
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut facts: HashMap<char, Seen> = HashMap::new();
    for (i, c) in s.chars().enumerate() {
        facts
            .entry(c)
            .and_modify(|f| *f = Seen::Twice)
            .or_insert(Seen::Once(i));
    }
    // ?- facts(C, once(I)), \+ (facts(_, once(J)), J < I).
    facts
        .into_iter()
        .filter_map(|(c, f)| match f {
            Seen::Once(i) => Some((i, c)),
            Seen::Twice => None,
        })
        .min()
        .map(|(_, c)| c)
}
