// learner: optimal
// idiom: Smalltalk developer: Floyd tortoise and hare with a tiny `advance` message on Option<usize>; meeting point found by one method, entry and length by two more small ones
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn advance(next: &[Option<usize>], node: Option<usize>) -> Option<usize> {
    node.and_then(|n| next[n])
}

fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut tortoise = head;
    let mut hare = head;
    loop {
        tortoise = advance(next, tortoise);
        hare = advance(next, advance(next, hare));
        match (tortoise, hare) {
            (_, None) => return None,
            (Some(t), Some(h)) if t == h => return Some(t),
            _ => {}
        }
    }
}

fn entry_from(next: &[Option<usize>], head: usize, meeting: usize) -> usize {
    let (mut from_head, mut from_meeting) = (head, meeting);
    while from_head != from_meeting {
        from_head = next[from_head].expect("on the way to the cycle");
        from_meeting = next[from_meeting].expect("on the cycle");
    }
    from_head
}

fn lap_length(next: &[Option<usize>], entry: usize) -> usize {
    let mut length = 1;
    let mut walker = next[entry].expect("on the cycle");
    while walker != entry {
        walker = next[walker].expect("on the cycle");
        length += 1;
    }
    length
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meeting = meeting_point(next, head)?;
    let entry = entry_from(next, head?, meeting);
    Some(Cycle { entry, len: lap_length(next, entry) })
}
