// learner: optimal
// idiom: textbook Floyd tortoise-and-hare with a NIL sentinel (usize::MAX), SUCCESSOR helper, three explicit while phases
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

const NIL: usize = usize::MAX;

/// SUCCESSOR(x): next[x], or NIL at the end of the list (and NIL stays NIL).
fn successor(next: &[Option<usize>], x: usize) -> usize {
    if x == NIL {
        return NIL;
    }
    match next[x] {
        Some(y) => y,
        None => NIL,
    }
}

/// MEETING-POINT(L): where tortoise and hare meet, or NIL if the hare falls off.
fn meeting_point(next: &[Option<usize>], head: usize) -> usize {
    let mut tortoise = head;
    let mut hare = head;
    while hare != NIL {
        tortoise = successor(next, tortoise);
        hare = successor(next, successor(next, hare));
        if hare != NIL && tortoise == hare {
            return hare;
        }
    }
    NIL
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let h = head.unwrap_or(NIL);
    h != NIL && meeting_point(next, h) != NIL
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head.unwrap_or(NIL);
    if h == NIL {
        return None;
    }
    let m = meeting_point(next, h);
    if m == NIL {
        return None;
    }
    // phase 2: one pointer from the head, one from the meeting point
    let mut a = h;
    let mut b = m;
    while a != b {
        a = successor(next, a);
        b = successor(next, b);
    }
    let entry = a;
    // phase 3: walk the cycle once
    let mut len = 1;
    let mut x = successor(next, entry);
    while x != entry {
        x = successor(next, x);
        len += 1;
    }
    Some(Cycle { entry, len })
}
