// learner: optimal
// idiom: Smalltalk developer: the list as a Walk iterator object (a stream you send `next` to); Floyd expressed with two streams, entry found by zipping a fresh stream with the meeting stream, length by counting the stream until it returns
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

#[derive(Clone, Copy)]
struct Walk<'a> {
    table: &'a [Option<usize>],
    at: Option<usize>,
}

impl<'a> Walk<'a> {
    fn from(table: &'a [Option<usize>], at: Option<usize>) -> Self {
        Walk { table, at }
    }
}

impl Iterator for Walk<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let here = self.at?;
        self.at = self.table[here];
        Some(here)
    }
}

/// The node where a slow and a fast walk meet, if the walk never ends.
fn rendezvous(table: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slow = Walk::from(table, head);
    let mut fast = Walk::from(table, head);
    loop {
        fast.next()?;
        fast.next()?;
        slow.next()?;
        if fast.at? == slow.at? {
            return slow.at;
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    rendezvous(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = rendezvous(next, head)?;
    let entry = Walk::from(next, head)
        .zip(Walk::from(next, Some(meet)))
        .find(|(a, b)| a == b)
        .map(|(a, _)| a)?;
    let len = 1 + Walk::from(next, next[entry]).take_while(|&n| n != entry).count();
    Some(Cycle { entry, len })
}
