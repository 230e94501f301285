// learner: optimal
// idiom: experienced: `?` on successors, small step closure, has_cycle = find_meeting().is_some(), let-else
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Node where tortoise and hare meet, if the walk loops.
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let (mut tortoise, mut hare) = (head?, head?);
    loop {
        hare = next[next[hare]?]?;
        tortoise = next[tortoise]?;
        if tortoise == hare {
            return Some(hare);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let Some(meet) = meeting_point(next, head) else {
        return None;
    };
    // on a cycle every successor exists
    let step = |i: usize| next[i].expect("nodes on a cycle always have a successor");
    let (mut p, mut q) = (head?, meet);
    while p != q {
        p = step(p);
        q = step(q);
    }
    let entry = p;
    let len = 1 + std::iter::successors(Some(step(entry)), |&i| Some(step(i)))
        .take_while(|&i| i != entry)
        .count();
    Some(Cycle { entry, len })
}
