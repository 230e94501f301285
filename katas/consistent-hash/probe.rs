use crate::Rng;
use consistent_hash::Ring;

pub struct Input {
    ring: Ring,
    keys: Vec<String>,
}

/// A ring of n/10 nodes with 10 virtual nodes each (about n tokens) and n
/// random keys. Building the ring is not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut ring = Ring::new(10);
    for i in 0..(n / 10).max(1) {
        ring.add_node(&format!("node-{i}"));
    }
    let keys = (0..n).map(|_| format!("key:{:x}", rng.next_u64())).collect();
    Input { ring, keys }
}

/// n lookups on a ring of ~n tokens.
pub fn run(input: Input) -> u64 {
    let mut total = 0u64;
    for k in &input.keys {
        total += input.ring.node_for(k).map_or(0, |node| node.len() as u64);
    }
    total
}
