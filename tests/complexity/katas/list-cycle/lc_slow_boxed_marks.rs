// learner: slow
// why: find_cycle is O(n) space, target O(1): keeps a boxed slice of first-visit step numbers, one per table node
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

const UNSEEN: usize = usize::MAX;

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut first_seen: Box<[usize]> = std::iter::repeat(UNSEEN).take(next.len()).collect();
    let mut at = head?;
    let mut step = 0;
    loop {
        if first_seen[at] != UNSEEN {
            return Some(Cycle { entry: at, len: step - first_seen[at] });
        }
        first_seen[at] = step;
        step += 1;
        at = next[at]?;
    }
}
