use crate::Rng;
use max_window_sum::max_window_sum;

pub struct Input {
    nums: Vec<i32>,
    k: usize,
}

/// n random values and a window of half the length: re-summing each window costs ~n^2/4.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let nums = (0..n).map(|_| rng.range_i64(-1_000_000, 1_000_000) as i32).collect();
    Input { nums, k: (n / 2).max(1) }
}

pub fn run(input: Input) -> u64 {
    max_window_sum(&input.nums, input.k).unwrap_or(0) as u64
}
