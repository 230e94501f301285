// learner: optimal
// idiom: everything inline in each function, Option combinators and `?`, no helpers
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let (mut slow, mut fast) = (head, head);
    while let Some(f) = fast.and_then(|f| next[f]).and_then(|f| next[f]) {
        fast = Some(f);
        slow = slow.and_then(|s| next[s]);
        if slow == fast {
            return true;
        }
    }
    false
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = head?;
    let (mut slow, mut fast) = (start, start);
    loop {
        fast = next[next[fast]?]?;
        slow = next[slow]?;
        if slow == fast {
            break;
        }
    }
    let mut from_head = start;
    while from_head != slow {
        from_head = next[from_head]?;
        slow = next[slow]?;
    }
    let mut len = 1;
    let mut walker = next[from_head]?;
    while walker != from_head {
        walker = next[walker]?;
        len += 1;
    }
    Some(Cycle { entry: from_head, len })
}
