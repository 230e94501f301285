// learner: slow
// idiom: SAS statistician: a flag array indexed by node number (like an ARRAY seen{*} in a DATA step) plus a step-number array; the first node already flagged is the entry, and the step numbers give the length
// why: has_cycle and find_cycle are O(n) time but O(n) extra space (two arrays the size of the table) vs the O(1) space target
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let mut seen = vec![false; next.len()];
    let mut cur = head;
    while let Some(i) = cur {
        if seen[i] {
            return true;
        }
        seen[i] = true;
        cur = next[i];
    }
    false
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut step_no: Vec<usize> = vec![0; next.len()]; // 0 = not visited, else step + 1
    let mut step = 0;
    let mut cur = head;
    while let Some(i) = cur {
        step += 1;
        if step_no[i] > 0 {
            return Some(Cycle { entry: i, len: step - step_no[i] });
        }
        step_no[i] = step;
        cur = next[i];
    }
    None
}
