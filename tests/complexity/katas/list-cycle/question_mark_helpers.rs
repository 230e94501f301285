// learner: optimal
// idiom: compact Floyd with `?` on Option, a `step` helper, while-let and iterator-free arithmetic
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], at: usize) -> Option<usize> {
    next[at]
}

fn meet(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let (mut tortoise, mut hare) = (head?, head?);
    loop {
        hare = step(next, step(next, hare)?)?;
        tortoise = step(next, tortoise)?;
        if tortoise == hare {
            return Some(hare);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let m = meet(next, head)?;
    let (mut a, mut b) = (head?, m);
    while a != b {
        a = step(next, a)?;
        b = step(next, b)?;
    }
    let entry = a;
    let mut len = 1;
    let mut cur = step(next, entry)?;
    while cur != entry {
        cur = step(next, cur)?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
