// learner: optimal
// idiom: F#-style Option railway: tiny step helpers chained with `?` and and_then, Floyd in a loop
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], at: usize) -> Option<usize> {
    next[at]
}

fn step2(next: &[Option<usize>], at: usize) -> Option<usize> {
    step(next, at).and_then(|mid| step(next, mid))
}

/// Where tortoise and hare meet, or None when the hare falls off the end.
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let start = head?;
    let (mut tortoise, mut hare) = (start, start);
    loop {
        hare = step2(next, hare)?;
        tortoise = step(next, tortoise)?;
        if tortoise == hare {
            return Some(hare);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let entry = {
        let (mut a, mut b) = (head?, meet);
        while a != b {
            a = step(next, a)?;
            b = step(next, b)?;
        }
        a
    };
    let len = std::iter::successors(step(next, entry), |&n| step(next, n))
        .take_while(|&n| n != entry)
        .count()
        + 1;
    Some(Cycle { entry, len })
}
