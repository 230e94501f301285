// learner: optimal
// idiom: Dart-ish: tiny step helpers returning Option, `?` everywhere, iter::successors + position for the lap count
use std::iter::successors;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], at: usize) -> Option<usize> {
    next[at]
}

fn double_step(next: &[Option<usize>], at: usize) -> Option<usize> {
    step(next, at).and_then(|mid| step(next, mid))
}

fn meeting_point(next: &[Option<usize>], head: usize) -> Option<usize> {
    let (mut tortoise, mut hare) = (head, head);
    loop {
        hare = double_step(next, hare)?;
        tortoise = step(next, tortoise)?;
        if tortoise == hare {
            return Some(hare);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meeting_point(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = head?;
    let meet = meeting_point(next, start)?;
    let (mut from_head, mut from_meet) = (start, meet);
    while from_head != from_meet {
        from_head = step(next, from_head)?;
        from_meet = step(next, from_meet)?;
    }
    let entry = from_head;
    let len = successors(step(next, entry), |&n| step(next, n)).position(|n| n == entry)? + 1;
    Some(Cycle { entry, len })
}
