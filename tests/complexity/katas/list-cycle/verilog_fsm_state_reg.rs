// learner: optimal
// idiom: verilog: one clocked loop driven by an explicit FSM state register (RACE -> ALIGN -> COUNT -> DONE), Floyd underneath
// why: RACE ends within t + c ticks, ALIGN after t, COUNT after c, each tick O(1): O(n) time; state is a handful of scalars, O(1) space
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Race,
    Align,
    Count,
    Done,
}

/// The machine: returns None when the list terminates, or the cycle.
/// `want_cycle = false` stops after RACE (enough for has_cycle).
fn run(next: &[Option<usize>], head: Option<usize>, want_cycle: bool) -> Option<Cycle> {
    let h = head?;
    let mut st = State::Race;
    let mut p = h; // tortoise / trail pointer
    let mut q = h; // hare / lead pointer
    let mut entry = h;
    let mut cnt: usize = 0;
    while st != State::Done {
        match st {
            State::Race => {
                q = next[q]?;
                q = next[q]?;
                p = next[p]?;
                if p == q {
                    if !want_cycle {
                        return Some(Cycle { entry: p, len: 0 });
                    }
                    p = h;
                    st = State::Align;
                }
            }
            State::Align => {
                if p == q {
                    entry = p;
                    q = next[p]?;
                    cnt = 1;
                    st = State::Count;
                } else {
                    p = next[p]?;
                    q = next[q]?;
                }
            }
            State::Count => {
                if q == entry {
                    st = State::Done;
                } else {
                    q = next[q]?;
                    cnt += 1;
                }
            }
            State::Done => {}
        }
    }
    Some(Cycle { entry, len: cnt })
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    run(next, head, false).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    run(next, head, true)
}
