// learner: optimal
// idiom: Floyd with the ? operator on next[..] inside a helper returning Option, a meeting-point helper reused by both functions, plain loops; O(n) time, O(1) space
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Where the tortoise and the hare meet, or None if the hare falls off the end.
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slow = head?;
    let mut fast = head?;
    loop {
        slow = next[slow]?;
        fast = next[next[fast]?]?;
        if slow == fast {
            return Some(slow);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    // on a cycle, every successor exists
    let step = |i: usize| next[i].expect("on the cycle");
    let mut a = head?;
    let mut b = meet;
    while a != b {
        a = step(a);
        b = step(b);
    }
    let entry = a;
    let mut len = 1;
    let mut walker = step(entry);
    while walker != entry {
        walker = step(walker);
        len += 1;
    }
    Some(Cycle { entry, len })
}
