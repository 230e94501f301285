// learner: optimal
// idiom: Floyd tortoise and hare with a step helper and loop/match
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], node: Option<usize>) -> Option<usize> {
    node.and_then(|i| next[i])
}

fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slow = head;
    let mut fast = head;
    loop {
        fast = step(next, step(next, fast));
        slow = step(next, slow);
        match (slow, fast) {
            (_, None) => return None,
            (Some(s), Some(f)) if s == f => return Some(s),
            _ => {}
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let mut a = head.unwrap();
    let mut b = meet;
    while a != b {
        a = next[a].unwrap();
        b = next[b].unwrap();
    }
    let entry = a;
    let mut len = 1;
    let mut cur = next[entry].unwrap();
    while cur != entry {
        cur = next[cur].unwrap();
        len += 1;
    }
    Some(Cycle { entry, len })
}
