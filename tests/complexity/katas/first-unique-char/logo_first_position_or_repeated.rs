// learner: optimal
// idiom: logo teacher: one pass over the text recording each char's first position or a "seen twice" mark, then a scan of the small map
// why: the long text is read once with O(1) expected map work per char, then the map of k distinct chars is scanned once: O(n + k) = O(n) time, O(k) space
//! First non-repeating character: see README.md.

use std::collections::HashMap;

// What we know about one character after reading the text.
enum WhatWeSaw {
    // Seen exactly once, at this position.
    OnceAt(usize),
    // Seen two or more times.
    MoreThanOnce,
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    // Step 1: one walk over the text, writing in the notebook.
    let mut notebook: HashMap<char, WhatWeSaw> = HashMap::new();
    let mut position = 0;
    for character in s.chars() {
        match notebook.get_mut(&character) {
            None => {
                notebook.insert(character, WhatWeSaw::OnceAt(position));
            }
            Some(note) => {
                *note = WhatWeSaw::MoreThanOnce;
            }
        }
        position += 1;
    }

    // Step 2: look through the notebook (one line per DIFFERENT character)
    // for the single-use character with the smallest position.
    let mut best_so_far: Option<(usize, char)> = None;
    for (character, note) in &notebook {
        if let WhatWeSaw::OnceAt(where_it_was) = note {
            let is_earlier = match best_so_far {
                None => true,
                Some((best_position, _)) => *where_it_was < best_position,
            };
            if is_earlier {
                best_so_far = Some((*where_it_was, *character));
            }
        }
    }
    best_so_far.map(|(_, character)| character)
}
