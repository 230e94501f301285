// learner: optimal
// idiom: Brent's algorithm (power-of-two teleporting tortoise) for the length, then two pointers len apart for the entry; while loops, if-heavy
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn cycle_length(next: &[Option<usize>], start: usize) -> Option<usize> {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = start;
    let mut hare = next[start]?;
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = next[hare]?;
        lam += 1;
    }
    Some(lam)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    if let Some(h) = head {
        cycle_length(next, h).is_some()
    } else {
        false
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = cycle_length(next, h)?;
    // put the leader lam steps ahead, then advance both until they meet at the entry
    let mut leader = h;
    let mut i = 0;
    while i < lam {
        leader = next[leader].unwrap();
        i += 1;
    }
    let mut follower = h;
    while follower != leader {
        follower = next[follower].unwrap();
        leader = next[leader].unwrap();
    }
    Some(Cycle { entry: follower, len: lam })
}
