// learner: optimal
// idiom: compact Floyd with `?` on successors, an Option-returning meeting helper and iterator successors() for the lap count
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let (mut slow, mut fast) = (head?, head?);
    loop {
        fast = next[next[fast]?]?;
        slow = next[slow]?;
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
    let (mut from_head, mut from_meet) = (head?, meet);
    while from_head != from_meet {
        from_head = next[from_head]?;
        from_meet = next[from_meet]?;
    }
    let entry = from_head;
    let len = 1 + std::iter::successors(next[entry], |&n| next[n])
        .take_while(|&n| n != entry)
        .count();
    Some(Cycle { entry, len })
}
