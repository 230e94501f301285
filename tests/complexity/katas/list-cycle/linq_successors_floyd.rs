// learner: optimal
// idiom: C#-style: a private Step helper returning Option, Floyd with while-let on zipped Options, std::iter::successors to count the lap
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], node: Option<usize>) -> Option<usize> {
    node.and_then(|n| next[n])
}

fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut tortoise = head;
    let mut hare = head;
    loop {
        tortoise = step(next, tortoise);
        hare = step(next, step(next, hare));
        match (tortoise, hare) {
            (_, None) | (None, _) => return None,
            (Some(t), Some(h)) if t == h => return Some(t),
            _ => continue,
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let mut from_head = head?;
    let mut from_meet = meet;
    while from_head != from_meet {
        from_head = next[from_head]?;
        from_meet = next[from_meet]?;
    }
    let entry = from_head;
    let len = std::iter::successors(next[entry], |&n| next[n])
        .take_while(|&n| n != entry)
        .count()
        + 1;
    Some(Cycle { entry, len })
}
