use crate::Rng;
use list_cycle::{find_cycle, has_cycle};

pub struct Input {
    next: Vec<Option<usize>>,
    head: Option<usize>,
}

/// A rho-shaped list of n nodes: a tail of about n/2 nodes leading into a cycle of the rest, so
/// every node is visited. Nodes are shuffled only within small blocks: a fully random layout
/// would measure cache misses (which grow with n) rather than the algorithm.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let n = n.max(2);
    let mut slot: Vec<usize> = (0..n).collect();
    for block in slot.chunks_mut(64) {
        rng.shuffle(block);
    }
    let tail = n / 2;
    let mut next = vec![None; n];
    for p in 0..n {
        let q = if p + 1 < n { p + 1 } else { tail };
        next[slot[p]] = Some(slot[q]);
    }
    Input {
        next,
        head: Some(slot[0]),
    }
}

/// Detects the cycle, then finds its entry and length.
pub fn run(input: Input) -> u64 {
    let found = has_cycle(&input.next, input.head) as u64;
    let cycle = find_cycle(&input.next, input.head).map_or(0, |c| (c.entry + c.len) as u64);
    found + cycle
}
