use crate::Rng;
use vector_clock::VectorClock;

pub struct Input {
    a: VectorClock,
    b: VectorClock,
    nodes: usize,
}

/// Two clocks over the same n nodes with random counters. Not timed.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut a = VectorClock::new();
    let mut b = VectorClock::new();
    for i in 0..n {
        let name = format!("node-{i}");
        for _ in 0..1 + rng.below(3) {
            a.increment(&name);
        }
        for _ in 0..1 + rng.below(3) {
            b.increment(&name);
        }
    }
    Input { a, b, nodes: n }
}

/// Compare both ways, merge, compare again (a constant number of O(n) steps),
/// then read every node's counter (n steps of O(1)).
pub fn run(input: Input) -> u64 {
    let Input { mut a, b, nodes: input_nodes } = input;
    let before = (a.compare(&b) as u64) * 4 + b.compare(&a) as u64;
    a.merge(&b);
    let after = a.compare(&b) as u64;
    // Then every node's counter is read once: n gets of O(1) each.
    let mut sum = 0u64;
    for i in 0..input_nodes {
        sum = sum.wrapping_add(a.get(&format!("node-{i}")));
    }
    (before * 16 + after).wrapping_add(sum)
}
