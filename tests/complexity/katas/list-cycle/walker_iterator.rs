// learner: optimal
// idiom: Pony actor-model programmer: a `Walker` object implementing Iterator over the successor table; the hare is a walker advanced with `nth(1)`, the lap counted with `position`, and the entry found by zipping two walkers.
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Yields the nodes after `at`, one per call, until the list ends.
#[derive(Clone, Copy)]
struct Walker<'a> {
    table: &'a [Option<usize>],
    at: Option<usize>,
}

impl<'a> Walker<'a> {
    fn from(table: &'a [Option<usize>], at: usize) -> Self {
        Walker { table, at: Some(at) }
    }
}

impl Iterator for Walker<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        self.at = self.table[self.at?];
        self.at
    }
}

fn meet(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut slow = Walker::from(next, head);
    let mut fast = Walker::from(next, head);
    loop {
        let h = fast.nth(1)?;
        let t = slow.next()?;
        if h == t {
            return Some(t);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meet(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let head = head?;
    let m = meet(next, head)?;
    let len = Walker::from(next, m).position(|v| v == m)? + 1;
    let entry = if head == m {
        head
    } else {
        // pair up the walk from the head with the walk from the meeting point
        let starts = std::iter::once(head).chain(Walker::from(next, head));
        let others = std::iter::once(m).chain(Walker::from(next, m));
        starts.zip(others).find(|(a, b)| a == b)?.0
    };
    Some(Cycle { entry, len })
}
