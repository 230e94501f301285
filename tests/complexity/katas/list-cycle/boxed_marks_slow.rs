// learner: slow
// why: find_cycle is O(n) space, target O(1): dodges the Vec rules with a Box<[u32]> visit-order table collected from an iterator
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    // step number at which each node was first seen (0 = never)
    let mut seen: Box<[usize]> = std::iter::repeat(0).take(next.len()).collect();
    let mut cur = head?;
    let mut step = 1;
    loop {
        if seen[cur] != 0 {
            return Some(Cycle { entry: cur, len: step - seen[cur] });
        }
        seen[cur] = step;
        step += 1;
        cur = next[cur]?;
    }
}
