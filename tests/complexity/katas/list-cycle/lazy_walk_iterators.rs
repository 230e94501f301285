// learner: optimal
// idiom: Dart/Flutter-turned-Rust: the list as a lazy Iterable (a Walk struct implementing Iterator), tortoise/hare as zipped iterators, the lap measured first and the entry found with a lead iterator `len` nodes ahead
/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Lazily yields the nodes of the list, like a Dart `Iterable` with a `moveNext`.
#[derive(Clone, Copy)]
struct Walk<'a> {
    next: &'a [Option<usize>],
    current: Option<usize>,
}

impl<'a> Walk<'a> {
    fn from(next: &'a [Option<usize>], start: Option<usize>) -> Self {
        Walk { next, current: start }
    }
}

impl Iterator for Walk<'_> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let node = self.current?;
        self.current = self.next[node];
        Some(node)
    }
}

/// Tortoise visits x1, x2, x3...; hare visits x2, x4, x6... They meet iff there is a cycle.
fn meeting(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let tortoise = Walk::from(next, head).skip(1);
    let hare = Walk::from(next, head).skip(2).step_by(2);
    tortoise.zip(hare).find(|(t, h)| t == h).map(|(t, _)| t)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting(next, head)?;
    let len = 1 + Walk::from(next, next[meet]).take_while(|&node| node != meet).count();

    // A walker `len` nodes ahead lands on the entry exactly when the head walker does.
    let ahead = Walk::from(next, head).nth(len);
    let entry = Walk::from(next, head)
        .zip(Walk::from(next, ahead))
        .find(|(a, b)| a == b)
        .map(|(a, _)| a)?;
    Some(Cycle { entry, len })
}
