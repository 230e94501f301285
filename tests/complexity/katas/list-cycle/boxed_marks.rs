// learner: slow
// why: find_cycle/has_cycle use O(N) extra space (and O(N) time to allocate it), target O(1): keeps a boxed slice of visit marks
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    // step at which each node was first seen (0 = never)
    let mut seen_at: Box<[usize]> = std::iter::repeat(0).take(next.len()).collect();
    let mut node = head?;
    let mut step = 1;
    loop {
        if seen_at[node] != 0 {
            return Some(Cycle { entry: node, len: step - seen_at[node] });
        }
        seen_at[node] = step;
        step += 1;
        node = next[node]?;
    }
}
