// learner: optimal
// idiom: Brent's algorithm: nested loop shape (power doubles, lam counts up to power) that is still O(n) total (geometric), then two pointers lam apart find the entry
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = head?;
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
    // lam is the cycle length; walk a second pointer lam steps ahead of the first
    let mut front = start;
    for _ in 0..lam {
        front = next[front]?;
    }
    let mut back = start;
    while back != front {
        back = next[back]?;
        front = next[front]?;
    }
    Some(Cycle { entry: back, len: lam })
}
