// learner: optimal
// idiom: PL/I-style: fixed 128-slot count table for ASCII plus an overflow map, explicit counters, two passes
use std::collections::HashMap;

const ASCII_SLOTS: usize = 128;

struct CountTable {
    ascii_count: [u32; ASCII_SLOTS],
    other_count: HashMap<char, u32>,
}

fn para_tally(table: &mut CountTable, ch: char) {
    let code = ch as usize;
    if code < ASCII_SLOTS {
        table.ascii_count[code] = table.ascii_count[code] + 1;
    } else {
        let slot = table.other_count.entry(ch).or_insert(0);
        *slot = *slot + 1;
    }
}

fn para_lookup(table: &CountTable, ch: char) -> u32 {
    let code = ch as usize;
    if code < ASCII_SLOTS {
        table.ascii_count[code]
    } else {
        match table.other_count.get(&ch) {
            Some(n) => *n,
            None => 0,
        }
    }
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut table = CountTable { ascii_count: [0; ASCII_SLOTS], other_count: HashMap::new() };
    // PASS 1: COUNT
    for ch in s.chars() {
        para_tally(&mut table, ch);
    }
    // PASS 2: FIRST WITH COUNT = 1
    for ch in s.chars() {
        if para_lookup(&table, ch) == 1 {
            return Some(ch);
        }
    }
    None
}
