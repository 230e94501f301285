use crate::Rng;
use pair_sum::pair_sum;

pub struct Input {
    nums: Vec<i64>,
    target: i64,
}

/// n non-negative values and a negative target: no pair exists, so every
/// element is checked and nothing can stop early (the worst case).
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let nums = (0..n).map(|_| rng.range_i64(0, 1_000_000_000)).collect();
    Input { nums, target: -1 }
}

pub fn run(input: Input) -> u64 {
    pair_sum(&input.nums, input.target).len() as u64
}
