use crate::Rng;
use consistent_hash::Ring;

pub struct Input {
    ring: Ring,
    keys: Vec<String>,
    /// Nodes on the ring that `run` removes, one per round of churn.
    leaving: Vec<String>,
    /// Nodes not on the ring that `run` adds, one per round of churn.
    joining: Vec<String>,
}

/// Virtual nodes per node.
const VNODES: usize = 10;

/// A ring of n/10 nodes with 10 virtual nodes each (about n tokens), n random keys, and the
/// names for n/20 rounds of churn: every other node leaves, as many new ones join. Building
/// the ring is not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let nodes = (n / VNODES).max(2);
    let mut ring = Ring::new(VNODES as u32);
    for i in 0..nodes {
        ring.add_node(&format!("node-{i}"));
    }
    let keys = (0..n).map(|_| format!("key:{:x}", rng.next_u64())).collect();
    let leaving = (0..nodes).step_by(2).map(|i| format!("node-{i}")).collect();
    let joining = (0..nodes / 2).map(|i| format!("new-node-{i}")).collect();
    Input { ring, keys, leaving, joining }
}

/// n lookups on a ring of ~n tokens, then n/20 rounds of churn, each removing one node and
/// adding another, so the ring keeps ~n tokens throughout: joins and removals are timed too,
/// and one that walks or shifts the whole ring (`retain` over every token, `Vec::insert` into
/// a sorted token list, a re-sort) costs O(n) per round, O(n^2) in all, against the target's
/// O(v log n) per round.
pub fn run(input: Input) -> u64 {
    let Input { mut ring, keys, leaving, joining } = input;
    let mut total = 0u64;
    for k in &keys {
        total += ring.node_for(k).map_or(0, |node| node.len() as u64);
    }
    for (gone, new) in leaving.iter().zip(&joining) {
        total += u64::from(ring.remove_node(gone));
        total += u64::from(ring.add_node(new));
    }
    total
}
