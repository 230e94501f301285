// learner: optimal
// idiom: Pony actor-model programmer: two "runner" positions passed around as Option<usize> messages through a partial `_step` function; Floyd's meeting, then one runner restarts at the head, then a lap to count.
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn _step(next: &[Option<usize>], at: Option<usize>) -> Option<usize> {
    match at {
        Some(i) => next[i],
        None => None,
    }
}

/// The node where tortoise and hare meet, if they ever do.
fn _meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut tortoise = head;
    let mut hare = head;
    loop {
        hare = _step(next, _step(next, hare));
        tortoise = _step(next, tortoise);
        match (tortoise, hare) {
            (_, None) => return None,
            (Some(t), Some(h)) if t == h => return Some(t),
            _ => {}
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    _meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = _meeting_point(next, head)?;
    // both runners now move one step at a time
    let mut from_head = head?;
    let mut from_meet = meet;
    while from_head != from_meet {
        from_head = next[from_head]?;
        from_meet = next[from_meet]?;
    }
    let entry = from_head;
    let mut len = 1;
    let mut lap = next[entry]?;
    while lap != entry {
        lap = next[lap]?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
