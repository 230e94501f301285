// learner: optimal
// idiom: Floyd generic over a step closure (F: Fn(usize) -> Option<usize>), the double step composed with and_then, labelled loop and match on (Option, Option) tuples
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

fn meet<F>(step: &F, head: usize) -> Option<usize>
where
    F: Fn(usize) -> Option<usize>,
{
    let double = |i: usize| step(i).and_then(step);
    let mut tortoise = head;
    let mut hare = head;
    'race: loop {
        match (step(tortoise), double(hare)) {
            (Some(t), Some(h)) if t == h => break 'race Some(t),
            (Some(t), Some(h)) => {
                tortoise = t;
                hare = h;
            }
            _ => break 'race None,
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let step = |i: usize| next[i];
    match head {
        Some(h) => meet(&step, h).is_some(),
        None => false,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let step = |i: usize| next[i];
    let start = head?;
    let m = meet(&step, start)?;
    let (mut a, mut b) = (start, m);
    while a != b {
        a = step(a)?;
        b = step(b)?;
    }
    let entry = a;
    let mut len = 1;
    let mut cur = step(entry)?;
    while cur != entry {
        cur = step(cur)?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
