// learner: optimal
// idiom: Rust-book student: Floyd tortoise and hare with explicit types, match on every step, has_cycle separate from find_cycle
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let start: usize = match head {
        Some(h) => h,
        None => return false,
    };
    let mut slow: usize = start;
    let mut fast: usize = start;
    loop {
        let one: usize = match next[fast] {
            Some(x) => x,
            None => return false,
        };
        let two: usize = match next[one] {
            Some(x) => x,
            None => return false,
        };
        fast = two;
        slow = match next[slow] {
            Some(x) => x,
            None => return false,
        };
        if slow == fast {
            return true;
        }
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start: usize = match head {
        Some(h) => h,
        None => return None,
    };
    let mut slow: usize = start;
    let mut fast: usize = start;
    loop {
        let one: usize = match next[fast] {
            Some(x) => x,
            None => return None,
        };
        let two: usize = match next[one] {
            Some(x) => x,
            None => return None,
        };
        fast = two;
        slow = match next[slow] {
            Some(x) => x,
            None => return None,
        };
        if slow == fast {
            break;
        }
    }
    // find the entry
    let mut a: usize = start;
    let mut b: usize = slow;
    while a != b {
        a = match next[a] {
            Some(x) => x,
            None => return None,
        };
        b = match next[b] {
            Some(x) => x,
            None => return None,
        };
    }
    let entry: usize = a;
    // measure the length
    let mut len: usize = 1;
    let mut walker: usize = match next[entry] {
        Some(x) => x,
        None => return None,
    };
    while walker != entry {
        len += 1;
        walker = match next[walker] {
            Some(x) => x,
            None => return None,
        };
    }
    Some(Cycle { entry: entry, len: len })
}
