use crate::Rng;
use vector_clock::VectorClock;

pub struct Input {
    a: VectorClock,
    b: VectorClock,
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
    Input { a, b }
}

/// Compare both ways, merge, compare again: a constant number of O(n) steps.
pub fn run(input: Input) -> u64 {
    let Input { mut a, b } = input;
    let before = (a.compare(&b) as u64) * 4 + b.compare(&a) as u64;
    a.merge(&b);
    let after = a.compare(&b) as u64;
    before * 16 + after
}
