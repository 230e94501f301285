// learner: optimal
// idiom: Go-style: Floyd with helpers step(next, node), meeting_point(next, head) and entry_from(next, head, meet), explicit for-ever loops with early returns
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], node: usize) -> Option<usize> {
    next[node]
}

fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let start = match head {
        Some(h) => h,
        None => return None,
    };
    let mut slow = start;
    let mut fast = start;
    loop {
        let f1 = match step(next, fast) {
            Some(x) => x,
            None => return None,
        };
        let f2 = match step(next, f1) {
            Some(x) => x,
            None => return None,
        };
        fast = f2;
        slow = step(next, slow).unwrap();
        if slow == fast {
            return Some(slow);
        }
    }
}

fn entry_from(next: &[Option<usize>], head: usize, meet: usize) -> usize {
    let mut a = head;
    let mut b = meet;
    while a != b {
        a = step(next, a).unwrap();
        b = step(next, b).unwrap();
    }
    a
}

fn lap_length(next: &[Option<usize>], entry: usize) -> usize {
    let mut count = 1;
    let mut cur = step(next, entry).unwrap();
    while cur != entry {
        cur = step(next, cur).unwrap();
        count += 1;
    }
    count
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let entry = entry_from(next, head.unwrap(), meet);
    let len = lap_length(next, entry);
    Some(Cycle { entry, len })
}
