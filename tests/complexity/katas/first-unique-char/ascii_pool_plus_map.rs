// learner: optimal
// idiom: Odin-style fixed pool: [u32; 128] for ASCII, index-stamped SoA (first_pos/count) for the rest, one pass + scan of k slots
//! First non-repeating character: see README.md.

use std::collections::HashMap;

const NONE: usize = usize::MAX;

pub fn first_unique_char(s: &str) -> Option<char> {
    // ASCII lives in fixed arrays; everything else gets a slot index.
    let mut ascii_count = [0u32; 128];
    let mut ascii_first = [NONE; 128];

    let mut slot_of: HashMap<char, usize> = HashMap::new();
    let mut slot_char: Vec<char> = Vec::new();
    let mut slot_count: Vec<u32> = Vec::new();
    let mut slot_first: Vec<usize> = Vec::new();

    let mut pos = 0usize;
    for c in s.chars() {
        let code = c as u32;
        if code < 128 {
            let i = code as usize;
            if ascii_count[i] == 0 {
                ascii_first[i] = pos;
            }
            ascii_count[i] += 1;
        } else {
            let next_slot = slot_char.len();
            let slot = *slot_of.entry(c).or_insert(next_slot);
            if slot == next_slot {
                slot_char.push(c);
                slot_count.push(0);
                slot_first.push(pos);
            }
            slot_count[slot] += 1;
        }
        pos += 1;
    }

    let mut best_pos = NONE;
    let mut best_char = '\0';
    for i in 0..128 {
        if ascii_count[i] == 1 && ascii_first[i] < best_pos {
            best_pos = ascii_first[i];
            best_char = i as u8 as char;
        }
    }
    for i in 0..slot_char.len() {
        if slot_count[i] == 1 && slot_first[i] < best_pos {
            best_pos = slot_first[i];
            best_char = slot_char[i];
        }
    }
    if best_pos == NONE {
        None
    } else {
        Some(best_char)
    }
}
