// learner: optimal
// idiom: JavaScript bootcamp graduate: Brent's "teleporting tortoise" (powers of two) found on a blog, gets the loop length first, then sends a scout len steps ahead and walks both until they collide
//! Cycle detection in a linked list.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn loopLength(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut tortoise = head?;
    let mut hare = next[tortoise]?;
    let mut power = 1;
    let mut length = 1;
    while tortoise != hare {
        if power == length {
            tortoise = hare; // teleport
            power *= 2;
            length = 0;
        }
        hare = next[hare]?;
        length += 1;
    }
    Some(length)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    loopLength(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let len = loopLength(next, head)?;
    let start = head?;
    let mut scout = start;
    for _ in 0..len {
        scout = next[scout].unwrap();
    }
    let mut slow = start;
    while slow != scout {
        slow = next[slow].unwrap();
        scout = next[scout].unwrap();
    }
    Some(Cycle { entry: slow, len })
}
