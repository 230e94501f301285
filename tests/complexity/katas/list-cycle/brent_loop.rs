// learner: optimal
// idiom: web-dev style: Brent's algorithm with loop/match, a Result-returning inner fn, small impl on Cycle
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

#[derive(Debug)]
enum WalkError {
    EndOfList,
}

impl Cycle {
    fn locate(next: &[Option<usize>], head: usize) -> Result<Cycle, WalkError> {
        let advance = |i: usize| next[i].ok_or(WalkError::EndOfList);
        // Phase 1 (Brent): find the cycle length with power-of-two teleports.
        let mut power = 1usize;
        let mut lam = 1usize;
        let mut tortoise = head;
        let mut hare = advance(head)?;
        while tortoise != hare {
            if power == lam {
                tortoise = hare;
                power *= 2;
                lam = 0;
            }
            hare = advance(hare)?;
            lam += 1;
        }
        // Phase 2: hare starts lam steps ahead; both move until they meet at the entry.
        let mut front = head;
        for _ in 0..lam {
            front = advance(front)?;
        }
        let mut back = head;
        while back != front {
            back = advance(back)?;
            front = advance(front)?;
        }
        Ok(Cycle { entry: back, len: lam })
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = head?;
    match Cycle::locate(next, start) {
        Ok(cycle) => Some(cycle),
        Err(WalkError::EndOfList) => None,
    }
}
