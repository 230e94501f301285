// learner: optimal
// idiom: Nix: small pure step functions (`step`, `step2`) composed with `?` like `if x == null then null else ...`, Floyd tortoise and hare
// why: hare meets tortoise within one lap, second phase t steps, lap count c steps: O(n) time, three usizes: O(1) space

use std::convert::identity;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], at: usize) -> Option<usize> {
    next[at]
}

fn step2(next: &[Option<usize>], at: usize) -> Option<usize> {
    step(next, at).and_then(|mid| step(next, mid))
}

/// the node where tortoise and hare meet, or None when the hare falls off
fn meeting_point(next: &[Option<usize>], head: usize) -> Option<usize> {
    let (mut slow, mut fast) = (head, head);
    loop {
        slow = step(next, slow)?;
        fast = step2(next, fast)?;
        if slow == fast {
            return Some(slow);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meeting_point(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let meet = meeting_point(next, h)?;
    // entry: one from the head, one from the meeting point, same speed
    let (mut a, mut b) = (h, meet);
    while a != b {
        a = step(next, a).map_or(a, identity);
        b = step(next, b).map_or(b, identity);
    }
    let entry = a;
    // len: one lap
    let mut len = 1;
    let mut walker = step(next, entry).expect("on the cycle");
    while walker != entry {
        walker = step(next, walker).expect("on the cycle");
        len += 1;
    }
    Some(Cycle { entry, len })
}
