// learner: slow
// idiom: MATLAB signal-processing engineer: a preallocated "first visit step" vector (like zeros(n,1) filled with NaN) stamped while stepping; a repeat gives entry and period directly as k - stamp(x)
// why: has_cycle and find_cycle are O(n) time but O(n) extra space (a stamp per table slot) vs target O(1) space
/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

const UNSEEN: usize = usize::MAX;

fn first_repeat(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut stamp = vec![UNSEEN; next.len()];
    let mut x = head?;
    let mut k = 0usize;
    loop {
        if stamp[x] != UNSEEN {
            return Some(Cycle { entry: x, len: k - stamp[x] });
        }
        stamp[x] = k;
        k += 1;
        x = next[x]?;
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    first_repeat(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    first_repeat(next, head)
}
