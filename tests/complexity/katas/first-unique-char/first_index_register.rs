// learner: optimal
// idiom: hardware-style single pass: per-char register holding the first index or a SATURATED sentinel, then a min-reduction over the k-entry table
//! First non-repeating character: see README.md.

use std::collections::HashMap;

const SATURATED: u64 = u64::MAX;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut reg: HashMap<char, u64> = HashMap::new();
    let mut cycle: u64 = 0;
    for c in s.chars() {
        reg.entry(c)
            .and_modify(|slot| *slot = SATURATED)
            .or_insert(cycle);
        cycle += 1;
    }
    let mut best_idx = SATURATED;
    let mut best_chr = None;
    for (&c, &idx) in reg.iter() {
        if idx < best_idx {
            best_idx = idx;
            best_chr = Some(c);
        }
    }
    best_chr
}
