use crate::Rng;
use list_cycle::{find_cycle, has_cycle};

pub struct Input {
    next: Vec<Option<usize>>,
    /// Where each walk starts: the head of the long rho, then every node of every short list.
    heads: Vec<usize>,
}

/// One table of n nodes holding many lists, each walked from its own head:
///
/// - a rho-shaped list of n/2 nodes (a tail of n/4 leading into a cycle of the rest): the walk
///   the README pictures, as long as the table allows;
/// - short lists filling the other half, each a tail of 0 to 7 nodes and then either a cycle of 1
///   to 8 nodes or (one in four) the end of the list, walked from each of their nodes (on the
///   tail or already on the cycle): n/2 walks of at most 15 nodes.
///
/// The walks cost O(n) in all, as the target asks: n there is the length of the walk, not of the
/// table. A solution that takes the table's length as its step budget ("more steps than there
/// are nodes means a loop") walks next.len() = n steps for each short looping walk, O(n^2) in
/// all, and so does one that allocates a mark per table node on every call. The short walks
/// also keep the calibrated table at a few MB (some 250 000 nodes take 5 ms); one long walk
/// alone reached 10^6 nodes, 16 MB, where cache misses bend the slope up. Nodes are shuffled
/// only within 64-node blocks: a fully random layout would measure cache misses (which grow
/// with n) rather than the algorithm.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let n = n.max(32);
    // Logical successor of each position, then the positions scattered within 64-node blocks.
    let mut after: Vec<Option<usize>> = vec![None; n];
    let mut starts = vec![0];
    let long = n / 2;
    for (p, succ) in after[..long].iter_mut().enumerate() {
        *succ = Some(if p + 1 < long { p + 1 } else { long / 2 });
    }
    let mut p = long;
    while p < n {
        let tail = rng.below(8) as usize;
        let cycle = 1 + rng.below(8) as usize;
        let ends = rng.below(4) == 0;
        let end = (p + tail + cycle).min(n);
        for (q, succ) in after.iter_mut().enumerate().take(end).skip(p) {
            *succ = if q + 1 < end {
                Some(q + 1)
            } else if ends {
                None
            } else {
                Some((p + tail).min(q))
            };
        }
        starts.extend(p..end);
        p = end;
    }
    let mut slot: Vec<usize> = (0..n).collect();
    for block in slot.chunks_mut(64) {
        rng.shuffle(block);
    }
    let mut next = vec![None; n];
    for (p, succ) in after.iter().enumerate() {
        next[slot[p]] = succ.map(|q| slot[q]);
    }
    Input {
        next,
        heads: starts.into_iter().map(|p| slot[p]).collect(),
    }
}

/// Detects the cycle of every list, then finds its entry and length.
pub fn run(input: Input) -> u64 {
    let mut total = 0;
    for &head in &input.heads {
        total += has_cycle(&input.next, Some(head)) as u64;
        total += find_cycle(&input.next, Some(head)).map_or(0, |c| (c.entry + c.len) as u64);
    }
    total
}
