// learner: optimal
// idiom: Visual FoxPro database developer: Brent's algorithm written as DO WHILE loops over record pointers with counters (ln_power, ln_lam); the entry found by sending one pointer ln_lam records ahead and then moving both in step.
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Brent: returns the cycle length, or 0 when the list reaches EOF (None).
fn cycle_length(next: &[Option<usize>], head: Option<usize>) -> usize {
    let mut ln_saved = match head {
        Some(ln_rec) => ln_rec,
        None => return 0,
    };
    let mut ln_fast = match next[ln_saved] {
        Some(ln_rec) => ln_rec,
        None => return 0,
    };
    let mut ln_power: usize = 1;
    let mut ln_lam: usize = 1;
    while ln_fast != ln_saved {
        if ln_power == ln_lam {
            // park the slow pointer here and double the window
            ln_saved = ln_fast;
            ln_power *= 2;
            ln_lam = 0;
        }
        ln_fast = match next[ln_fast] {
            Some(ln_rec) => ln_rec,
            None => return 0,
        };
        ln_lam += 1;
    }
    ln_lam
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    cycle_length(next, head) > 0
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let ln_len = cycle_length(next, head);
    if ln_len == 0 {
        return None;
    }
    let ln_head = head.unwrap();
    // ln_ahead starts ln_len records after the head; ln_behind at the head
    let mut ln_ahead = ln_head;
    for _ in 0..ln_len {
        ln_ahead = next[ln_ahead].unwrap();
    }
    let mut ln_behind = ln_head;
    while ln_behind != ln_ahead {
        ln_behind = next[ln_behind].unwrap();
        ln_ahead = next[ln_ahead].unwrap();
    }
    Some(Cycle { entry: ln_behind, len: ln_len })
}
