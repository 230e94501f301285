// learner: optimal
// idiom: Pony-style state machine struct (Walker) owning the cursor state, message-like step methods, Floyd
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// The phases of the hunt, like the behaviours of an actor.
enum Phase {
    Racing,
    Met(usize),
    Ended,
}

/// Owns the two cursors; everything else only sends it "step" messages.
struct Walker<'a> {
    next: &'a [Option<usize>],
    tortoise: usize,
    hare: usize,
}

impl<'a> Walker<'a> {
    fn spawn(next: &'a [Option<usize>], head: usize) -> Walker<'a> {
        Walker { next, tortoise: head, hare: head }
    }

    fn step(&mut self) -> Phase {
        let one = match self.next[self.hare] {
            Some(x) => x,
            None => return Phase::Ended,
        };
        let two = match self.next[one] {
            Some(x) => x,
            None => return Phase::Ended,
        };
        self.hare = two;
        // the tortoise is always behind the hare, so its successor exists
        self.tortoise = self.next[self.tortoise].unwrap();
        if self.tortoise == self.hare {
            Phase::Met(self.hare)
        } else {
            Phase::Racing
        }
    }

    fn run(&mut self) -> Option<usize> {
        loop {
            match self.step() {
                Phase::Racing => continue,
                Phase::Met(at) => return Some(at),
                Phase::Ended => return None,
            }
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => Walker::spawn(next, h).run().is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let meet = Walker::spawn(next, h).run()?;
    let mut a = h;
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
