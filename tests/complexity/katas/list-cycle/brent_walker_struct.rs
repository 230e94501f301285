// learner: optimal
// idiom: Crystal-style Brent algorithm: a small Walker struct with methods, while loops, power-of-two teleports
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

struct Walker<'a> {
    table: &'a [Option<usize>],
}

impl<'a> Walker<'a> {
    fn new(table: &'a [Option<usize>]) -> Walker<'a> {
        Walker { table }
    }

    fn succ(&self, node: usize) -> Option<usize> {
        self.table[node]
    }

    /// Brent: returns the cycle length, or None when the list ends.
    fn cycle_length(&self, start: usize) -> Option<usize> {
        let mut power: usize = 1;
        let mut lam: usize = 1;
        let mut tortoise = start;
        let mut hare = self.succ(start)?;
        while tortoise != hare {
            if power == lam {
                tortoise = hare;
                power *= 2;
                lam = 0;
            }
            hare = self.succ(hare)?;
            lam += 1;
        }
        Some(lam)
    }

    fn advance(&self, node: usize, steps: usize) -> usize {
        let mut current = node;
        let mut left = steps;
        while left > 0 {
            current = self.succ(current).expect("walk stays on the cycle");
            left -= 1;
        }
        current
    }

    fn entry(&self, start: usize, length: usize) -> usize {
        let mut behind = start;
        let mut ahead = self.advance(start, length);
        while behind != ahead {
            behind = self.advance(behind, 1);
            ahead = self.advance(ahead, 1);
        }
        behind
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(start) => Walker::new(next).cycle_length(start).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = head?;
    let walker = Walker::new(next);
    let length = walker.cycle_length(start)?;
    let entry = walker.entry(start, length);
    Some(Cycle { entry, len: length })
}
