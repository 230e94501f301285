// learner: optimal
// idiom: SQL stored-procedure developer: one pass keeps MIN(position) per char with a "seen twice" flag, then SELECT TOP 1 ... ORDER BY position
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// One row of the aggregate: first position, and whether the char repeated.
struct CharStats {
    first_pos: usize,
    is_repeated: bool,
}

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut stats: HashMap<char, CharStats> = HashMap::new();
    for (pos, ch) in s.chars().enumerate() {
        stats
            .entry(ch)
            .and_modify(|row| row.is_repeated = true)
            .or_insert(CharStats { first_pos: pos, is_repeated: false });
    }
    // SELECT TOP 1 ch FROM stats WHERE is_repeated = 0 ORDER BY first_pos
    let mut best: Option<(usize, char)> = None;
    for (ch, row) in &stats {
        if row.is_repeated {
            continue;
        }
        match best {
            Some((pos, _)) if pos <= row.first_pos => {}
            _ => best = Some((row.first_pos, *ch)),
        }
    }
    best.map(|(_, ch)| ch)
}
