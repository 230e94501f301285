// learner: optimal
// idiom: web-dev style: a small Walker struct with impl methods, Option combinators and `?`
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

struct Walker<'a> {
    next: &'a [Option<usize>],
}

impl<'a> Walker<'a> {
    fn new(next: &'a [Option<usize>]) -> Self {
        Self { next }
    }

    fn step(&self, at: usize) -> Option<usize> {
        self.next[at]
    }

    fn double_step(&self, at: usize) -> Option<usize> {
        self.step(at).and_then(|mid| self.step(mid))
    }

    /// Returns the meeting point of tortoise and hare, if any.
    fn meeting_point(&self, head: Option<usize>) -> Option<usize> {
        let start = head?;
        let mut tortoise = start;
        let mut hare = start;
        loop {
            hare = self.double_step(hare)?;
            tortoise = self.step(tortoise)?;
            if tortoise == hare {
                return Some(hare);
            }
        }
    }

    fn entry_from(&self, head: usize, meet: usize) -> Option<usize> {
        let (mut a, mut b) = (head, meet);
        while a != b {
            a = self.step(a)?;
            b = self.step(b)?;
        }
        Some(a)
    }

    fn lap_len(&self, entry: usize) -> Option<usize> {
        let mut len = 1;
        let mut cur = self.step(entry)?;
        while cur != entry {
            cur = self.step(cur)?;
            len += 1;
        }
        Some(len)
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    Walker::new(next).meeting_point(head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let walker = Walker::new(next);
    let meet = walker.meeting_point(head)?;
    let entry = walker.entry_from(head?, meet)?;
    let len = walker.lap_len(entry)?;
    Some(Cycle { entry, len })
}
