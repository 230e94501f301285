// learner: optimal
// idiom: Eiffel design-by-contract developer: a tiny Pointer type with a `forth` command (Eiffel cursor style), Floyd meeting, count one lap for the length, then two cursors a lap apart from the head find the entry
//! Cycle detection in a linked list.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Cursor<'a> {
    table: &'a [Option<usize>],
    at: Option<usize>,
}

impl<'a> Cursor<'a> {
    fn forth(&mut self) {
        self.at = self.at.and_then(|i| self.table[i]);
    }

    fn off(&self) -> bool {
        self.at.is_none()
    }
}

/// A node on the cycle, or None if the list ends.
fn node_on_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slow = Cursor { table: next, at: head };
    let mut fast = slow;
    loop {
        fast.forth();
        fast.forth();
        slow.forth();
        if fast.off() {
            return None;
        }
        if fast.at == slow.at {
            return fast.at;
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    node_on_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let inside = node_on_cycle(next, head)?;
    let mut lap = Cursor { table: next, at: Some(inside) };
    let mut len = 0;
    loop {
        lap.forth();
        len += 1;
        if lap.at == Some(inside) {
            break;
        }
    }
    let mut behind = Cursor { table: next, at: head };
    let mut ahead = behind;
    for _ in 0..len {
        ahead.forth();
    }
    while ahead.at != behind.at {
        ahead.forth();
        behind.forth();
    }
    let entry = behind.at.expect("ensure: entry exists on a cyclic list");
    Some(Cycle { entry, len })
}
