// learner: optimal
// idiom: Odin-style explicit phase enum driving one loop, plain usize cursors, no Option juggling inside
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

const NIL: usize = usize::MAX;

#[inline]
fn step(next: &[Option<usize>], at: usize) -> usize {
    if at == NIL {
        return NIL;
    }
    match next[at] {
        Some(n) => n,
        None => NIL,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Chase,
    FindEntry,
    MeasureLap,
    Done,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = match head {
        Some(h) => h,
        None => return None,
    };
    let mut slow = start;
    let mut fast = start;
    let mut entry = NIL;
    let mut lap_len = 0usize;
    let mut lap_cursor = NIL;
    let mut phase = Phase::Chase;

    while phase != Phase::Done {
        match phase {
            Phase::Chase => {
                slow = step(next, slow);
                fast = step(next, step(next, fast));
                if fast == NIL {
                    return None;
                }
                if slow == fast {
                    slow = start;
                    phase = Phase::FindEntry;
                }
            }
            Phase::FindEntry => {
                if slow == fast {
                    entry = slow;
                    lap_cursor = step(next, entry);
                    lap_len = 1;
                    phase = Phase::MeasureLap;
                } else {
                    slow = step(next, slow);
                    fast = step(next, fast);
                }
            }
            Phase::MeasureLap => {
                if lap_cursor == entry {
                    phase = Phase::Done;
                } else {
                    lap_cursor = step(next, lap_cursor);
                    lap_len += 1;
                }
            }
            Phase::Done => {}
        }
    }
    Some(Cycle { entry, len: lap_len })
}
